package org.sovereign.chain.bip322;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.acinq.bitcoin.Transaction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovereign.base.Hex;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.Bip322Vectors.SignatureCase;
import org.sovereign.chain.bip322.VerificationResult.Reason;

/** Every BIP-322 vector: hashes of the virtual transactions, valid signatures, rejected errors. */
class Bip322VectorsTest {

  static Stream<Arguments> txHashes() {
    return Bip322Vectors.entries(Bip322Vectors.BASIC, "tx_hashes");
  }

  static Stream<Arguments> validSignatures() {
    return Stream.of(
            Bip322Vectors.signatures(Bip322Vectors.BASIC, "simple"),
            Bip322Vectors.signatures(Bip322Vectors.GENERATED, "simple"),
            Bip322Vectors.signatures(Bip322Vectors.GENERATED, "full"),
            Bip322Vectors.signatures(Bip322Vectors.GENERATED, "proof_of_funds"))
        .flatMap(s -> s);
  }

  static Stream<Arguments> errors() {
    return Stream.concat(
        Bip322Vectors.entries(Bip322Vectors.BASIC, "error"),
        Bip322Vectors.entries(Bip322Vectors.GENERATED, "error"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("txHashes")
  void txHashes_matchMessageHashToSpendAndToSign(JsonNode vector) {
    Address address = Address.parse(vector.get("address").asText(), Network.MAIN);
    String message = vector.get("message").asText();

    Transaction toSpend = VirtualTransactions.toSpend(address, message);
    Transaction toSign = VirtualTransactions.toSign(toSpend);

    assertThat(Hex.encode(VirtualTransactions.messageHash(message)))
        .isEqualTo(vector.get("message_hash").asText());
    assertThat(toSpend.txid.toString()).isEqualTo(vector.get("to_spend_tx_hash").asText());
    assertThat(toSign.txid.toString()).isEqualTo(vector.get("to_sign_tx_hash").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSignatures")
  void signature_verifies(SignatureCase c) {
    VerificationResult result =
        Bip322.verify(
            c.vector().get("address").asText(),
            c.vector().get("message").asText(),
            c.signature(),
            Network.MAIN);

    assertThat(result.isValid()).as(result.message()).isTrue();
    assertThat(result.reason()).isEqualTo(Reason.NONE);
  }

  static Stream<Arguments> proofsOfFunds() {
    return Bip322Vectors.signatures(Bip322Vectors.GENERATED, "proof_of_funds");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("proofsOfFunds")
  void proofOfFunds_forAnotherMessage_isRejected(SignatureCase c) {
    VerificationResult result =
        Bip322.verify(
            c.vector().get("address").asText(), "another message", c.signature(), Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
    assertThat(result.format()).isEqualTo(SignatureFormat.PROOF_OF_FUNDS);
    assertThat(result.message()).contains("invalid signature");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void errorCase_isRejectedWithTheExpectedMessage(JsonNode vector) {
    VerificationResult result =
        Bip322.verify(
            vector.get("address").asText(),
            vector.get("message").asText(),
            vector.get("signature").asText(),
            Network.MAIN);

    assertThat(result.isValid()).isFalse();
    assertThat(result.reason()).isNotEqualTo(Reason.NONE);
    assertThat(result.message()).contains(vector.get("error_substr").asText());
  }
}
