package org.sovereign.supervision.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressScreenerTest {
  private static final String ETH = "0x72a5843cc08275C8171E582972Aa4fDa8C397B2A";
  private static final String XBT = "1DtGgdCi9VPKz2Bpq8GQhUQEPnQ5HwaT9n";
  private static final String BECH32 = "bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw";

  private static final AddressScreener SCREENER =
      AddressScreener.of(
          SanctionsLists.of(
              List.of(),
              List.of(
                  new ListedAddress(ETH, "ETH", ListSource.OFAC_SDN, Optional.of("OFAC-SDN:30518")),
                  new ListedAddress(ETH, "ETH", ListSource.OFAC_ADDRESSES, Optional.empty()),
                  new ListedAddress(XBT, "XBT", ListSource.OFAC_SDN, Optional.of("OFAC-SDN:30518")),
                  new ListedAddress(BECH32, "XBT", ListSource.OFAC_ADDRESSES, Optional.empty())),
              new ListVersion(List.of(), Map.of(), Instant.EPOCH)));

  @Test
  void screen_shouldMatchAHexAddressInAnyCase() {
    assertThat(SCREENER.screen(ETH)).hasSize(2);
    assertThat(SCREENER.screen(ETH.toLowerCase(Locale.ROOT)))
        .extracting(ListedAddress::source)
        .containsExactly(ListSource.OFAC_SDN, ListSource.OFAC_ADDRESSES);
    assertThat(SCREENER.screen("0X" + ETH.substring(2).toUpperCase(Locale.ROOT))).hasSize(2);
  }

  @Test
  void screen_shouldMatchBase58ExactlyAndBech32InOneCase() {
    assertThat(SCREENER.screen(XBT))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.asset()).isEqualTo("XBT");
              assertThat(a.listId()).contains("OFAC-SDN:30518");
            });
    assertThat(SCREENER.screen(XBT.toLowerCase(Locale.ROOT))).isEmpty();
    assertThat(SCREENER.screen(" " + BECH32.toUpperCase(Locale.ROOT) + "\t")).hasSize(1);
  }

  @Test
  void screen_shouldFindNothingForAnUnlistedAddressAndRefuseABlankOne() {
    assertThat(SCREENER.screen("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")).isEmpty();
    assertThatThrownBy(() -> SCREENER.screen(" ")).hasMessage("the address to screen is blank");
  }

  @Test
  void screen_shouldFindTheRealListedAddresses() {
    AddressScreener real = AddressScreener.of(ListFixtures.all());
    assertThat(real.screen("bc1q05aktddf9ce4p7hh3stgsf253m4vweu7nkhtmw"))
        .extracting(ListedAddress::asset)
        .containsExactly("XBT");
    assertThat(real.screen("0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"))
        .extracting(a -> a.listId().orElse("-"))
        .contains("OFAC-SDN:29703");
  }
}
