package org.sovereign.chain.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.acinq.bitcoin.Bitcoin;
import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.DeterministicWallet;
import fr.acinq.bitcoin.DeterministicWallet.ExtendedPrivateKey;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Script;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Network;

/** Focused behaviour: multisig on regtest, multipath, checksums, taproot, error messages. */
class DescriptorTest {
  private static final String BIP86_XPUB =
      "xpub6BgBgsespWvERF3LHQu6CnqdvfEvtMcQjYrcRzx53QJjSxarj2afYWcLteoGVky7D3UKDP9QyrLprQ3VCECoY49yfdDEHGCtMMj92pReUsQ";
  private static final String COMPRESSED =
      "03a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd";

  @Test
  void sortedMultisig_shouldDeriveTheSameRegtestAddressesAsBitcoinKmpOnBothBranches() {
    List<ExtendedPrivateKey> masters = new ArrayList<>();
    List<ExtendedPrivateKey> accounts = new ArrayList<>();
    StringBuilder text = new StringBuilder("wsh(sortedmulti(2");
    for (int signer = 1; signer <= 3; signer++) {
      byte[] seed = new byte[32];
      Arrays.fill(seed, (byte) signer);
      ExtendedPrivateKey master = DeterministicWallet.generate(seed);
      ExtendedPrivateKey account = master.derivePrivateKey("m/48'/1'/0'/2'");
      masters.add(master);
      accounts.add(account);
      text.append(",[")
          .append(String.format("%08x", master.fingerprint() & 0xffffffffL))
          .append("/48h/1h/0h/2h]")
          .append(
              DeterministicWallet.encode(account.getExtendedPublicKey(), DeterministicWallet.tpub))
          .append("/<0;1>/*");
    }
    text.append("))");

    Descriptor descriptor = Descriptors.parse(text.toString(), Network.REGTEST);
    assertThat(descriptor.isMultipath()).isTrue();
    assertThatThrownBy(() -> descriptor.scriptPubKeys(0))
        .isInstanceOf(DescriptorException.class)
        .hasMessageContaining("expandMultipath");

    List<Descriptor> branches = descriptor.expandMultipath();
    assertThat(branches).hasSize(2);
    assertThat(branches.get(1).toString()).contains("/1/*").doesNotContain("<0;1>");
    for (int branch = 0; branch < 2; branch++) {
      Descriptor derived = branches.get(branch);
      assertThat(derived.isRanged()).isTrue();
      for (int index = 0; index < 3; index++) {
        List<PublicKey> keys = new ArrayList<>();
        for (ExtendedPrivateKey account : accounts) {
          keys.add(account.derivePrivateKey(branch).derivePrivateKey(index).getPublicKey());
        }
        keys.sort((a, b) -> Arrays.compareUnsigned(a.value.toByteArray(), b.value.toByteArray()));
        byte[] witnessScript = Script.write(Script.createMultiSigMofN(2, keys));
        String expected =
            Bitcoin.addressFromPublicKeyScript(
                    Block.RegtestGenesisBlock.hash, Script.pay2wsh(witnessScript))
                .getRight();

        assertThat(derived.address(index, Network.REGTEST))
            .startsWith("bcrt1q")
            .isEqualTo(expected);
        List<KeyOrigin> origins = derived.keyOrigins(index);
        assertThat(origins).hasSize(3);
        for (int signer = 0; signer < 3; signer++) {
          KeyOrigin origin = origins.get(signer);
          assertThat(origin.fingerprint()).isEqualTo((int) masters.get(signer).fingerprint());
          assertThat(origin.pathText()).isEqualTo("m/48h/1h/0h/2h/" + branch + "/" + index);
          assertThat(origin.path()[0]).isEqualTo(48 | 0x80000000);
          byte[] expectedKey =
              masters
                  .get(signer)
                  .derivePrivateKey("m/48'/1'/0'/2'/" + branch + "/" + index)
                  .getPublicKey()
                  .value
                  .toByteArray();
          assertThat(origin.publicKey()).isEqualTo(expectedKey);
        }
      }
    }
  }

  @Test
  void toString_shouldGiveACanonicalDescriptorWithChecksumThatParsesToTheSameScripts() {
    String[] texts = {
      "sh(wpkh(xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi/10/20/30/40/*'))",
      "pkh([deadbeef/1/2'/3/4']" + COMPRESSED + ")",
      "raw(DEADBEEF)",
      "tr(" + BIP86_XPUB + "/0/*,{pk(" + COMPRESSED + "),pkh(" + BIP86_XPUB + "/1/*)})",
    };
    for (String text : texts) {
      Descriptor descriptor = Descriptors.parse(text, Network.MAIN);
      String canonical = descriptor.toString();
      assertThat(canonical).matches(".*#[" + "qpzry9x8gf2tvdw0s3jn54khce6mua7l" + "]{8}");
      assertThat(canonical).doesNotContain("'");
      Descriptor reparsed = Descriptors.parse(canonical, Network.MAIN);
      assertThat(reparsed).isEqualTo(descriptor);
      for (int index = 0; index < 3; index++) {
        assertThat(DescriptorVectorsTest.hex(reparsed.scriptPubKeys(index)))
            .isEqualTo(DescriptorVectorsTest.hex(descriptor.scriptPubKeys(index)));
      }
    }
    assertThat(Descriptors.parse("raw(deadbeef)", Network.MAIN).toString())
        .isEqualTo("raw(deadbeef)#89f8spxm");
  }

  @Test
  void toString_shouldReproduceAPublishedMultipathDescriptorAndItsChecksum() {
    String published =
        "wsh(sortedmulti(2,[02e8bff2/48h/1h/0h/2h]tpubDESmyzX6RMHRHvzxgLVXymd193CSYYT6C9M9wa4XK649tbAy2WeEvkPwBgoC7i76MypQxpuruUazQjqibbCogTZuENJX6YiuZ5Fy8sf7GNi/<0;1>/*,"
            + "[8cb36b38/48h/1h/0h/2h]tpubDESTVwqbbaSoN2mPq7tcWkPBpRBkaEADrUzUhRTVnNef6oVn6w2PHL4zoUjUAJSPLJQRBetkgX4sDRcoaCyFHxqHGyWyaiV8REKDkh7zQac/<0;1>/*,"
            + "[73c5da0a/48h/1h/0h/2h]tpubDFH9dgzveyD8zTbPUFuLrGmCydNvxehyNdUXKJAQN8x4aZ4j6UZqGfnqFrD4NqyaTVGKbvEW54tsvPTK2UoSbCC1PJY8iCNiwTL3RWZEheQ/<0;1>/*))#jpxgnm0a";
    Descriptor descriptor = Descriptors.parse(published, Network.TEST);
    assertThat(descriptor.toString()).isEqualTo(published);
    List<Descriptor> branches = descriptor.expandMultipath();
    assertThat(branches).hasSize(2);
    assertThat(branches.get(0).address(0, Network.TEST)).startsWith("tb1q");
    assertThat(branches.get(1).keyOrigins(7).get(2).pathText()).isEqualTo("m/48h/1h/0h/2h/1/7");
  }

  @Test
  void taprootKeyPath_shouldGiveTheFirstBip86Address() {
    Descriptor descriptor = Descriptors.parse("tr(" + BIP86_XPUB + "/0/0)", Network.MAIN);
    assertThat(descriptor.address(0, Network.MAIN))
        .isEqualTo("bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr");
    assertThat(descriptor.keyOrigins(0).get(0).publicKey()).hasSize(32);
  }

  @Test
  void addresses_shouldMatchBitcoinKmpForEveryOutputType() {
    PublicKey key = PublicKey.fromHex(COMPRESSED);
    var main = Block.LivenetGenesisBlock.hash;
    assertThat(Descriptors.parse("pkh(" + COMPRESSED + ")", Network.MAIN).address(0, Network.MAIN))
        .isEqualTo(key.p2pkhAddress(main));
    assertThat(Descriptors.parse("wpkh(" + COMPRESSED + ")", Network.MAIN).address(0, Network.MAIN))
        .isEqualTo(key.p2wpkhAddress(main));
    assertThat(
            Descriptors.parse("sh(wpkh(" + COMPRESSED + "))", Network.MAIN)
                .address(0, Network.MAIN))
        .isEqualTo(key.p2shOfP2wpkhAddress(main));
    String testnet = key.p2wpkhAddress(Block.Testnet3GenesisBlock.hash);
    assertThat(Descriptors.parse("addr(" + testnet + ")", Network.TEST).address(0, Network.TEST))
        .isEqualTo(testnet);
    assertThatThrownBy(
            () ->
                Descriptors.parse("pk(" + COMPRESSED + ")", Network.MAIN).address(0, Network.MAIN))
        .isInstanceOf(DescriptorException.class)
        .hasMessageContaining("no address");
  }

  @Test
  void sortedMultiA_shouldSortTheXonlyKeysInsideTheTapscriptLeaf() {
    String a = "a34b99f22c790c4e36b2b3c2c35a36db06226e41c692fc82b8b56ac1c540c5bd";
    String b = "669b8afcec803a0d323e9a17f3ea8e68e8abe5a278020a929adbec52421adbd0";
    Descriptor sorted =
        Descriptors.parse("tr(" + a + ",sortedmulti_a(1," + a + "," + b + "))", Network.MAIN);
    Descriptor written =
        Descriptors.parse("tr(" + a + ",multi_a(1," + b + "," + a + "))", Network.MAIN);
    assertThat(sorted.scriptPubKeys(0).get(0)).isEqualTo(written.scriptPubKeys(0).get(0));
    assertThat(HexFormat.of().formatHex(sorted.scriptPubKeys(0).get(0))).startsWith("5120");
    assertThatThrownBy(() -> Descriptors.parse("wsh(multi_a(1," + COMPRESSED + "))", Network.MAIN))
        .isInstanceOf(DescriptorException.class)
        .hasMessageContaining("only inside tr()");
  }

  @Test
  void errors_shouldSayWhatIsWrongAndWhere() {
    assertThatThrownBy(() -> Descriptors.parse("pk([deadbef/0h]" + COMPRESSED + ")", Network.MAIN))
        .hasMessage("key origin fingerprint must be 8 hex characters: 'deadbef'");
    assertThatThrownBy(
            () ->
                Descriptors.parse(
                    "wpkh(5KYZdUEo39z3FPrtuX2QbbwGnNP5zTd7yyr2SC1j299sBCnWjss)", Network.MAIN))
        .hasMessageContaining("wpkh() needs a compressed key");
    assertThatThrownBy(() -> Descriptors.parse("raw(deadbeef)#89f8spxx", Network.MAIN))
        .hasMessageContaining("checksum mismatch: expected 89f8spxm");
    assertThatThrownBy(() -> Descriptors.parse("pkh(" + BIP86_XPUB + ")", Network.TEST))
        .hasMessageContaining("tpub/tprv");
    assertThatThrownBy(
            () ->
                Descriptors.parse("wpkh(" + BIP86_XPUB + "/<0;1>/*,)", Network.MAIN)
                    .expandMultipath())
        .hasMessageContaining("exactly one argument");
    assertThatThrownBy(
            () ->
                Descriptors.parse(
                    "wsh(multi(1," + BIP86_XPUB + "/<0;1>/*," + BIP86_XPUB + "/<0;1;2>/*))",
                    Network.MAIN))
        .hasMessageContaining("same number of alternatives");
    Descriptor hardened = Descriptors.parse("wpkh(" + BIP86_XPUB + "/1h/*)", Network.MAIN);
    assertThatThrownBy(() -> hardened.scriptPubKeys(0))
        .isInstanceOf(DescriptorException.class)
        .hasMessageContaining("cannot derive hardened step 1h");
  }
}
