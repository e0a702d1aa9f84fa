package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemarkFactsTest {

  @Test
  void birthDate_shouldReadEveryFormOfacUses() {
    assertThat(RemarkFacts.birthDate("1970")).isEqualTo(BirthDate.year(1970));
    assertThat(RemarkFacts.birthDate("03 Mar 1985")).isEqualTo(BirthDate.parse("1985-03-03"));
    assertThat(RemarkFacts.birthDate("Sep 1960")).isEqualTo(BirthDate.parse("1960-09"));
    assertThat(RemarkFacts.birthDate("circa 1970")).isEqualTo(BirthDate.years(1969, 1971));
    assertThat(RemarkFacts.birthDate("1965 to 1967")).isEqualTo(BirthDate.years(1965, 1967));
    assertThat(RemarkFacts.birthDate("01 Jan 1960 to 31 Dec 1962"))
        .isEqualTo(BirthDate.years(1960, 1962));
    assertThat(RemarkFacts.birthDate("unknown")).isNull();
  }

  @Test
  void parse_shouldCollectDatesCountriesAddressesAndWeakAliases() {
    RemarkFacts facts =
        RemarkFacts.parse(
            "DOB 26 Dec 1955; alt. DOB 1956; POB Ratnagiri, India; nationality India; alt. citizen"
                + " Pakistan; Digital Currency Address - XBT 1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3;"
                + " alt. Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c."
                + " a.k.a. 'HAJI SHAHBAZ'; a.k.a. 'D COMPANY'.");
    assertThat(facts.birthDates())
        .containsExactly(BirthDate.parse("1955-12-26"), BirthDate.year(1956));
    assertThat(facts.countries()).containsExactly("India", "Pakistan");
    assertThat(facts.addresses())
        .containsExactly(
            new RemarkFacts.CurrencyAddress("XBT", "1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3"),
            new RemarkFacts.CurrencyAddress("ETH", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"));
    assertThat(facts.weakAliases()).containsExactly("HAJI SHAHBAZ", "D COMPANY");
  }

  @Test
  void parse_shouldReadEveryAddressTagOfTheRecentSdnComments() throws IOException {
    List<RemarkFacts.CurrencyAddress> tags = new ArrayList<>();
    OfacCsv.read(
        ListFixtures.folder("ofac-sdn-csv-2025-12-partial/sdn_comments.csv"),
        2,
        (row, line) -> tags.addAll(RemarkFacts.parse(row.get(1)).addresses()));
    assertThat(tags).hasSize(366);
    assertThat(tags.stream().filter(t -> t.asset().equals("XBT"))).hasSize(271);
    assertThat(tags.stream().filter(t -> t.asset().equals("USDT"))).hasSize(51);
  }
}
