package org.sovereign.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TxidTest {
  private static final String GENESIS_COINBASE =
      "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b";

  @Test
  void parse_shouldRoundTripTheDisplayedForm() {
    Txid txid = Txid.parse(GENESIS_COINBASE);
    assertThat(txid.toString()).isEqualTo(GENESIS_COINBASE);
    assertThat(txid.internalBytes()[0]).isEqualTo((byte) 0x3b);
  }

  @Test
  void parse_shouldRejectWrongLengthAndNonHex() {
    assertThatThrownBy(() -> Txid.parse("abcd")).hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> Txid.parse("zz")).hasMessageContaining("position 0");
  }

  @Test
  void network_parse_shouldAcceptCommonNames() {
    assertThat(Network.parse("mainnet")).isEqualTo(Network.MAIN);
    assertThat(Network.parse("regtest").bech32Hrp()).isEqualTo("bcrt");
    assertThatThrownBy(() -> Network.parse("dogecoin")).hasMessageContaining("'dogecoin'");
  }
}
