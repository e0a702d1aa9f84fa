package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Name screening on a small hand-made list: what matches, what does not, and why. */
class NameScreenerTest {
  private static final NameScreener SCREENER = NameScreener.of(lists());

  private static SanctionsLists lists() {
    List<ListedParty> parties =
        List.of(
            person("OFAC-SDN:1", "KHAN, Abdul Qadeer", BirthDate.parse("1936-04-27"), "PK"),
            person("OFAC-SDN:2", "SHAH, Mohammad Yusuf", BirthDate.year(1952), "IN"),
            person("UN:QDi.1", "MOHAMMED OMAR GHULAM NABI", BirthDate.year(1960), "AF"),
            person("OFAC-SDN:3", "AL-ZAWAHIRI, Ayman", BirthDate.parse("1951-06-19"), "EG"),
            person("OFAC-SDN:4", "HUSSAIN, Muhammad Ali", BirthDate.year(1970), "PK"),
            person("OFAC-SDN:5", "AHMED, Bilal Tariq", BirthDate.year(1981), "PK"),
            person("OFAC-SDN:6", "RAZA, Hasan Ali", BirthDate.year(1975), "PK"),
            new ListedParty(
                "OFAC-SDN:7",
                ListSource.OFAC_SDN,
                PartyType.ENTITY,
                List.of(
                    new ListedName(
                        "SHER MATCH INDUSTRIES (PVT.) LIMITED", ListedName.Quality.PRIMARY)),
                List.of(),
                Set.of("PK"),
                List.of("SDNTK")));
    return SanctionsLists.of(
        parties, List.of(), new ListVersion(List.of(), Map.of(), Instant.EPOCH));
  }

  private static ListedParty person(String id, String name, BirthDate dob, String country) {
    ListSource source = id.startsWith("UN") ? ListSource.UN : ListSource.OFAC_SDN;
    return new ListedParty(
        id,
        source,
        PartyType.INDIVIDUAL,
        List.of(new ListedName(name, ListedName.Quality.PRIMARY)),
        List.of(dob),
        Set.of(country),
        List.of("SDGT"));
  }

  private static List<NameHit> screen(String name) {
    return SCREENER.screen(NameQuery.of(name));
  }

  private static NameHit only(List<NameHit> hits, String listId) {
    assertThat(hits).extracting(NameHit::listId).containsExactly(listId);
    return hits.getFirst();
  }

  @Test
  void screen_shouldMatchTransliterationsAndSayWhy() {
    NameHit hit = only(screen("Abdul Qadir Khan"), "OFAC-SDN:1");
    assertThat(hit.matchedName()).isEqualTo("KHAN, Abdul Qadeer");
    assertThat(hit.score()).isEqualTo(1.0);
    assertThat(hit.why())
        .isEqualTo("tokens abdul=abdul, qadir~qadeer (transliteration), khan=khan");
  }

  @Test
  void screen_shouldIgnoreTokenOrderAndGluedCompounds() {
    assertThat(only(screen("Khan Abdulqadeer"), "OFAC-SDN:1").score()).isEqualTo(1.0);
  }

  @Test
  void screen_shouldForgiveMissingMiddleNames() {
    NameHit hit = only(screen("Mohammad Nabi"), "UN:QDi.1");
    assertThat(hit.why()).contains("mohammad~mohammed (transliteration)", "not given: omar ghulam");
    assertThat(hit.score()).isGreaterThan(SCREENER.threshold());
  }

  @Test
  void screen_shouldMatchAnInitial() {
    assertThat(only(screen("M. Yusuf Shah"), "OFAC-SDN:2").why())
        .contains("m~mohammad (initial)", "yusuf=yusuf", "shah=shah");
  }

  @Test
  void screen_shouldDropTitlesPunctuationAndAccents() {
    NameHit hit = only(screen("Dr. Aymán al-Zawáhiri"), "OFAC-SDN:3");
    assertThat(hit.score()).isEqualTo(1.0);
    assertThat(only(screen("Haji Muhammad Ali Husain"), "OFAC-SDN:4").why())
        .contains("husain~hussain (transliteration)");
  }

  @Test
  void screen_shouldTolerateATypo() {
    assertThat(only(screen("Ayman al-Zawahri"), "OFAC-SDN:3").why()).contains("zawahri~zawahiri");
  }

  @Test
  void screen_shouldRaiseTheScoreOnAMatchingDateOfBirthAndLowerItOnAnother() {
    NameQuery query = NameQuery.of("Mohammed Nabi");
    double nameOnly = SCREENER.screen(query).getFirst().score();
    NameHit same = SCREENER.screen(query.withDob(BirthDate.year(1960))).getFirst();
    assertThat(same.score()).isGreaterThan(nameOnly);
    assertThat(same.why()).contains("DOB year matches (listed 1960)");
    assertThat(SCREENER.withThreshold(0.5).screen(query.withDob(BirthDate.year(1990))))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.score()).isLessThan(nameOnly);
              assertThat(h.why()).contains("DOB differs (listed 1960)");
            });
  }

  @Test
  void screen_shouldUseTheCountryAsEvidence() {
    NameQuery query = NameQuery.of("Abdul Qadeer Khan").withCountry("Pakistan");
    assertThat(SCREENER.screen(query).getFirst().why()).endsWith("country PK matches");
    NameQuery elsewhere = NameQuery.of("Mohammed Nabi").withCountry("PAK");
    assertThat(SCREENER.withThreshold(0.5).screen(elsewhere).getFirst().why())
        .contains("country PK not listed (AF)");
  }

  @Test
  void screen_shouldOnlyCompareCompatiblePartyTypes() {
    NameQuery company = NameQuery.of("Sher Match Industries Pvt Ltd");
    assertThat(SCREENER.screen(company.withType(PartyType.ENTITY)))
        .extracting(NameHit::listId)
        .containsExactly("OFAC-SDN:7");
    assertThat(SCREENER.screen(company.withType(PartyType.INDIVIDUAL))).isEmpty();
  }

  @Test
  void screen_shouldNotHitOnASharedGivenOrFamilyNameAlone() {
    assertThat(screen("Abdul Rehman Khan")).isEmpty();
    assertThat(screen("Bilal Qureshi")).isEmpty();
    assertThat(screen("Imran Raza")).isEmpty();
  }

  @Test
  void screen_shouldFindNothingInTitlesAlone() {
    assertThat(screen("Haji Sheikh")).isEmpty();
  }

  @Test
  void query_shouldRejectBlankNamesAndUnknownCountries() {
    assertThatThrownBy(() -> NameQuery.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the name to screen is blank");
    assertThatThrownBy(() -> NameQuery.of("Ali Khan").withCountry("Atlantis"))
        .hasMessage("unknown country 'Atlantis'");
    assertThatThrownBy(() -> SCREENER.withThreshold(1.5))
        .hasMessage("threshold must be in (0, 1], not 1.5");
  }
}
