package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The loaders on the real list files: counts and known entries. */
class SanctionsListsTest {

  @Test
  void load_shouldFindEveryListInTheFixtureFolder() {
    SanctionsLists lists = ListFixtures.all();
    assertThat(lists.version().counts())
        .containsEntry("OFAC-SDN", 8976)
        .containsEntry("OFAC-CONS", 442)
        .containsEntry("UN", 1003);
    assertThat(lists.skipped())
        .hasSize(3)
        .allSatisfy(s -> assertThat(s).contains("2025-12-partial").contains("no sdn.csv"));
  }

  @Test
  void sdn_shouldJoinAliasesAddressesAndRemarks() {
    ListedParty dawood = ListFixtures.all().party("OFAC-SDN:9758").orElseThrow();
    assertThat(dawood.primaryName()).isEqualTo("IBRAHIM, Dawood");
    assertThat(dawood.type()).isEqualTo(PartyType.INDIVIDUAL);
    assertThat(dawood.names())
        .extracting(ListedName::text)
        .contains("KASKAR, Dawood Ibrahim", "EBRAHIM, Dawood");
    assertThat(dawood.birthDates())
        .contains(new BirthDate(1955, 1955, 12, 26), new BirthDate(1955, 1955, 12, 31));
    assertThat(dawood.countries()).contains("IN", "PK", "AE");
    assertThat(dawood.programs()).containsExactly("SDNTK", "SDGT");
  }

  @Test
  void sdn_shouldReadWeakAliasesFromRemarks() {
    ListedParty khan = ListFixtures.all().party("OFAC-SDN:10383").orElseThrow();
    assertThat(khan.names())
        .filteredOn(n -> n.quality() == ListedName.Quality.WEAK_ALIAS)
        .extracting(ListedName::text)
        .containsExactly("HAJI SHAHBAZ KOOCHI", "HAJI SHAHBAZ", "HAJI SHABBAZ");
  }

  @Test
  void sdn_shouldReadAddressTagsFromRemarksAndTheirOverflow() {
    List<ListedAddress> andreyev =
        ListFixtures.all().addresses().stream()
            .filter(a -> a.listId().equals(java.util.Optional.of("OFAC-SDN:29703")))
            .toList();
    assertThat(andreyev)
        .extracting(ListedAddress::address)
        .contains("1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3", "LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS");
    assertThat(andreyev)
        .filteredOn(a -> a.address().equals("0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"))
        .extracting(ListedAddress::asset)
        .containsExactly("ETH");
  }

  @Test
  void un_shouldReadNamesAliasesDatesAndNationality() {
    ListedParty omar = ListFixtures.all().party("UN:TAi.004").orElseThrow();
    assertThat(omar.primaryName()).isEqualTo("MOHAMMED OMAR GHULAM NABI");
    assertThat(omar.birthDates())
        .containsExactly(BirthDate.years(1965, 1967), BirthDate.year(1960), BirthDate.year(1953));
    assertThat(omar.countries()).containsExactly("AF");
    assertThat(omar.names())
        .extracting(ListedName::quality)
        .contains(ListedName.Quality.ORIGINAL_SCRIPT);
    ListedParty kakolele = ListFixtures.all().party("UN:CDi.002").orElseThrow();
    assertThat(kakolele.names())
        .extracting(ListedName::text)
        .containsExactly(
            "FRANK KAKOLELE BWAMBALE", "FRANK KAKORERE", "FRANK KAKORERE BWAMBALE", "AIGLE BLANC");
  }

  @Test
  void un_shouldCountIndividualsAndEntities() {
    Map<PartyType, Long> types =
        ListFixtures.all().parties().stream()
            .filter(p -> p.source() == ListSource.UN)
            .collect(Collectors.groupingBy(ListedParty::type, Collectors.counting()));
    assertThat(types)
        .containsEntry(PartyType.INDIVIDUAL, 730L)
        .containsEntry(PartyType.ENTITY, 273L);
  }

  @Test
  void addressLists_shouldHoldEveryAssetFile() {
    Map<String, Long> perAsset =
        ListFixtures.all().addresses().stream()
            .filter(a -> a.source() == ListSource.OFAC_ADDRESSES)
            .collect(Collectors.groupingBy(ListedAddress::asset, Collectors.counting()));
    assertThat(perAsset)
        .containsEntry("XBT", 435L)
        .containsEntry("ETH", 152L)
        .containsEntry("USDT", 26L)
        .hasSize(17);
    assertThat(perAsset.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(654);
  }
}
