package org.sovereign.chain.bip322;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.acinq.bitcoin.Bech32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.VerificationResult.Reason;

/** Signing with one key: exact p2wpkh signatures, verifiable p2tr and p2pkh signatures. */
class Bip322SigningTest {
  private static final String P2WPKH_WIF = "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k";
  private static final String P2WPKH = "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l";
  private static final String P2TR_WIF = "KyrSGCFPhqZMjCe5fNTYddiLMp4tMj4gLKuJ26TsB2rvr1VJGPbt";
  private static final String P2TR =
      "bc1pss0zhytly75awhm6x2hhvd5lnzv3vssgrf9axfheq8ldyzn88ges79fler";
  private static final String P2PKH_WIF = "L2yn1ozY4azVxNzF2TLzGhmWQXnR2hoCZG5hCppQ4oxLtnq2CpM7";
  private static final String P2PKH = "13vU5PUSuArDXJdCWZvUFEbgJ2wcmtSJWn";
  private static final String P2WSH =
      "bc1qp0ahvfh83088w49k405szqgg4f3pptr7p2g06tdxfjcd40z4lh4q95lsz9";

  static Stream<Arguments> singleKeySimpleVectors(String type) {
    List<Arguments> args = new ArrayList<>();
    for (String file : List.of(Bip322Vectors.BASIC, Bip322Vectors.GENERATED)) {
      Bip322Vectors.entries(file, "simple")
          .filter(a -> ((JsonNode) payload(a)).get("type").asText().equals(type))
          .forEach(args::add);
    }
    return args.stream();
  }

  private static Object payload(Arguments arguments) {
    Object argument = arguments.get()[0];
    return argument instanceof org.junit.jupiter.api.Named<?> named ? named.getPayload() : argument;
  }

  static Stream<Arguments> p2wpkhVectors() {
    return singleKeySimpleVectors("p2wpkh");
  }

  static Stream<Arguments> p2trVectors() {
    return singleKeySimpleVectors("p2tr");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("p2wpkhVectors")
  void signSimple_p2wpkh_equalsAVectorSignatureByteForByte(JsonNode vector) {
    String signature =
        Bip322.signSimple(
            vector.get("private_keys").get(0).asText(),
            vector.get("address").asText(),
            vector.get("message").asText(),
            Network.MAIN);

    List<String> expected = new ArrayList<>();
    vector.get("bip322_signatures").forEach(s -> expected.add(s.asText()));
    assertThat(signature).isIn(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("p2trVectors")
  void signSimple_p2tr_verifiesWithA64ByteSchnorrSignature(JsonNode vector) {
    String address = vector.get("address").asText();
    String message = vector.get("message").asText();

    String signature =
        Bip322.signSimple(
            vector.get("private_keys").get(0).asText(), address, message, Network.MAIN);

    assertThat(signature).startsWith("smp");
    byte[] witness = Base64.getDecoder().decode(signature.substring(3));
    assertThat(witness).hasSize(1 + 1 + 64).startsWith(0x01, 0x40);
    assertThat(Bip322.verify(address, message, signature, Network.MAIN).isValid()).isTrue();
  }

  @Test
  void signFull_p2pkh_verifies() {
    String signature = Bip322.signFull(P2PKH_WIF, P2PKH, "reserve challenge 42", Network.MAIN);

    assertThat(signature).startsWith("ful");
    VerificationResult result =
        Bip322.verify(P2PKH, "reserve challenge 42", signature, Network.MAIN);
    assertThat(result.isValid()).as(result.message()).isTrue();
    assertThat(result.format()).isEqualTo(SignatureFormat.FULL);
  }

  @Test
  void signFull_segwitAndTaproot_verify() {
    for (String[] keyAndAddress : new String[][] {{P2WPKH_WIF, P2WPKH}, {P2TR_WIF, P2TR}}) {
      String signature =
          Bip322.signFull(keyAndAddress[0], keyAndAddress[1], "challenge", Network.MAIN);

      VerificationResult result =
          Bip322.verify(keyAndAddress[1], "challenge", signature, Network.MAIN);
      assertThat(result.isValid()).as(keyAndAddress[1] + ": " + result.message()).isTrue();
    }
  }

  @Test
  void signature_doesNotVerifyForAnotherMessageOrAnotherAddress() {
    for (String[] keyAndAddress : new String[][] {{P2WPKH_WIF, P2WPKH}, {P2TR_WIF, P2TR}}) {
      String signature =
          Bip322.signSimple(keyAndAddress[0], keyAndAddress[1], "challenge A", Network.MAIN);
      String otherAddress = keyAndAddress[1].equals(P2WPKH) ? P2TR : P2WPKH;

      VerificationResult otherMessage =
          Bip322.verify(keyAndAddress[1], "challenge B", signature, Network.MAIN);
      VerificationResult otherSigner =
          Bip322.verify(otherAddress, "challenge A", signature, Network.MAIN);

      assertThat(otherMessage.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
      assertThat(otherMessage.message()).contains("invalid signature");
      assertThat(otherSigner.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
    }
    String full = Bip322.signFull(P2PKH_WIF, P2PKH, "challenge A", Network.MAIN);
    assertThat(Bip322.verify(P2PKH, "challenge B", full, Network.MAIN).reason())
        .isEqualTo(Reason.INVALID_SIGNATURE);
  }

  @Test
  void signAndVerify_onTestnet() {
    PrivateKey key =
        PrivateKey.fromHex("0101010101010101010101010101010101010101010101010101010101010101");
    String wif = key.toBase58((byte) 0xef);
    String address =
        Bech32.encodeWitnessAddress("tb", (byte) 0, Crypto.hash160(key.publicKey().value));

    String signature = Bip322.signSimple(wif, address, "testnet challenge", Network.TEST);

    assertThat(Bip322.verify(address, "testnet challenge", signature, Network.TEST).isValid())
        .isTrue();
    assertThat(Bip322.verify(address, "testnet challenge", signature, Network.MAIN).reason())
        .isEqualTo(Reason.INVALID_ADDRESS);
  }

  @Test
  void sign_withAKeyThatDoesNotControlTheAddress_isRefused() {
    assertThatThrownBy(() -> Bip322.signSimple(P2TR_WIF, P2WPKH, "x", Network.MAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not control");
  }

  @Test
  void signSimple_forAScriptAddress_isRefusedWithTheSupportedKinds() {
    assertThatThrownBy(() -> Bip322.signSimple(P2WPKH_WIF, P2WSH, "x", Network.MAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p2wpkh and p2tr");
    assertThatThrownBy(() -> Bip322.signSimple(P2PKH_WIF, P2PKH, "x", Network.MAIN))
        .hasMessageContaining("p2pkh in the full format");
  }

  @Test
  void sign_withAMalformedWif_isRefused() {
    assertThatThrownBy(() -> Bip322.signSimple("not-a-key", P2WPKH, "x", Network.MAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WIF");
  }
}
