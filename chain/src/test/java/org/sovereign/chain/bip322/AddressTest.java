package org.sovereign.chain.bip322;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.acinq.bitcoin.Bech32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sovereign.base.Hex;
import org.sovereign.base.Network;

/** Address to scriptPubKey decoding, with the network checked. */
class AddressTest {

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "13vU5PUSuArDXJdCWZvUFEbgJ2wcmtSJWn, P2PKH, 76a914, 88ac",
    "3Nye4j1GUFqCEBR3do2KEFZAs9oLe8NZ6X, P2SH, a914, 87",
    "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l, P2WPKH, 0014, ''",
    "bc1qp0ahvfh83088w49k405szqgg4f3pptr7p2g06tdxfjcd40z4lh4q95lsz9, P2WSH, 0020, ''",
    "bc1pss0zhytly75awhm6x2hhvd5lnzv3vssgrf9axfheq8ldyzn88ges79fler, P2TR, 5120, ''",
  })
  void mainnetAddress_decodesToItsScriptPubKey(
      String text, AddressType type, String scriptStart, String scriptEnd) {
    Address address = Address.parse(text, Network.MAIN);

    assertThat(address.type()).isEqualTo(type);
    assertThat(Hex.encode(address.scriptPubKey())).startsWith(scriptStart).endsWith(scriptEnd);
  }

  @Test
  void p2wpkhScriptPubKey_holdsTheWitnessProgram() {
    Address address = Address.parse("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", Network.MAIN);

    assertThat(Hex.encode(address.scriptPubKey()))
        .isEqualTo("00142b05d564e6a7a33c087f16e0f730d1440123799d");
  }

  @Test
  void mainnetBech32_onTestnet_isRejectedNamingBothPrefixes() {
    assertThatThrownBy(
            () -> Address.parse("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l", Network.TEST))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("'bc'")
        .hasMessageContaining("'tb'");
  }

  @Test
  void mainnetBase58_onRegtest_isRejectedNamingTheVersionByte() {
    assertThatThrownBy(() -> Address.parse("13vU5PUSuArDXJdCWZvUFEbgJ2wcmtSJWn", Network.REGTEST))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("version byte 0x00")
        .hasMessageContaining("REGTEST");
  }

  @Test
  void bech32ChecksumError_isRejected() {
    assertThatThrownBy(
            () -> Address.parse("bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0m", Network.MAIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("bech32");
  }

  @Test
  void base58ChecksumError_isRejected() {
    assertThatThrownBy(() -> Address.parse("13vU5PUSuArDXJdCWZvUFEbgJ2wcmtSJWm", Network.MAIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("base58check");
  }

  @Test
  void segwitV0_encodedWithBech32m_isRejected() {
    Byte[] data = Bech32.eight2five(new byte[20]);
    Byte[] withVersion = new Byte[data.length + 1];
    withVersion[0] = 0;
    System.arraycopy(data, 0, withVersion, 1, data.length);
    String address = Bech32.encode("bc", withVersion, Bech32.Encoding.Bech32m);

    assertThatThrownBy(() -> Address.parse(address, Network.MAIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessageContaining("version 0 must be encoded with Bech32");
  }

  @Test
  void emptyAddress_isRejected() {
    assertThatThrownBy(() -> Address.parse("  ", Network.MAIN))
        .isInstanceOf(InvalidAddressException.class)
        .hasMessage("empty address");
  }
}
