package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Name screening against the real lists: well-known listed people written as customers might. */
class ListedNamesScreeningTest {
  private static NameScreener screener;

  @BeforeAll
  static void index() {
    screener = NameScreener.of(ListFixtures.all());
  }

  private static List<String> ids(String name) {
    return screener.screen(NameQuery.of(name)).stream().map(NameHit::listId).toList();
  }

  @Test
  void screen_shouldFindAPersonOnBothOfacAndTheUn() {
    assertThat(ids("Dawood Ibrahim Kaskar")).contains("OFAC-SDN:9758", "UN:QDi.135");
    assertThat(ids("Zakiur Rehman Lakhvi")).contains("OFAC-SDN:10690", "UN:QDi.264");
  }

  @Test
  void screen_shouldSplitGluedArabicCompounds() {
    NameHit hit = screener.screen(NameQuery.of("Sultan Bashiruddin Mahmood")).getFirst();
    assertThat(hit.listId()).isIn("OFAC-SDN:7133", "UN:QDi.055");
    assertThat(hit.why()).contains("bashir=bashir", "uddin~din (transliteration)");
  }

  @Test
  void screen_shouldUseDateOfBirthAndNationalityFromTheLists() {
    NameQuery query =
        NameQuery.of("Usama bin Ladin").withDob(BirthDate.year(1957)).withCountry("SA");
    NameHit hit = screener.screen(query).getFirst();
    assertThat(hit.listId()).isEqualTo("OFAC-SDN:6365");
    assertThat(hit.why()).contains("usama=usama", "DOB year matches");
  }

  @Test
  void screen_shouldLeaveCommonPakistaniNamesAlone() {
    assertThat(ids("Imran Khan")).isEmpty();
    assertThat(ids("Ayesha Siddiqui")).isEmpty();
    assertThat(ids("Zainab Bibi")).isEmpty();
  }

  @Test
  void screen_shouldFindAnEntityByItsListedName() {
    NameQuery bank = NameQuery.of("Banco Nacional de Cuba").withType(PartyType.ENTITY);
    assertThat(screener.screen(bank)).extracting(NameHit::listId).startsWith("OFAC-SDN:306");
  }
}
