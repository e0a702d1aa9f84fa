package org.sovereign.chain.bip322;

import static org.assertj.core.api.Assertions.assertThat;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.VerificationResult.Reason;
import org.sovereign.chain.bip322.VerificationResult.Status;

/** Verification of malformed input and of full signatures whose to_sign has the wrong shape. */
class Bip322VerifyTest {
  private static final String WIF = "L3VFeEujGtevx9w18HD1fhRbCH67Az2dpCymeRE1SoPK6XQtaN2k";
  private static final String ADDRESS = "bc1q9vza2e8x573nczrlzms0wvx3gsqjx7vavgkx0l";

  @Test
  void malformedBase64_isRejectedWithAClearMessage() {
    VerificationResult result = Bip322.verify(ADDRESS, "m", "smp@@not base64@@", Network.MAIN);

    assertThat(result.status()).isEqualTo(Status.INVALID);
    assertThat(result.reason()).isEqualTo(Reason.MALFORMED_BASE64);
    assertThat(result.format()).isEqualTo(SignatureFormat.SIMPLE);
    assertThat(result.message()).startsWith("error decoding signature as base64");
  }

  @Test
  void prefixWithNothingAfterIt_isTooShort() {
    VerificationResult result = Bip322.verify(ADDRESS, "m", "ful", Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.SIGNATURE_TOO_SHORT);
    assertThat(result.message()).contains("signature too short");
  }

  @Test
  void witnessStackWithTrailingBytes_isMalformed() {
    String signature =
        "smp" + Base64.getEncoder().encodeToString(new byte[] {0x01, 0x01, 0x05, 0x07});

    VerificationResult result = Bip322.verify(ADDRESS, "m", signature, Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE);
    assertThat(result.message()).contains("1 bytes after the witness stack");
  }

  @Test
  void malformedAddress_isRejectedNamingTheProblem() {
    String signature = Bip322.signSimple(WIF, ADDRESS, "m", Network.MAIN);

    VerificationResult result = Bip322.verify("bc1qnotanaddress", "m", signature, Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.INVALID_ADDRESS);
    assertThat(result.message()).contains("bc1qnotanaddress");
  }

  @Test
  void fullSignatureWithTheWitnessMovedIntoAValidShape_verifies() {
    Transaction signed = signedFull("m");

    VerificationResult result = Bip322.verify(ADDRESS, "m", encode(signed), Network.MAIN);

    assertThat(result.isValid()).as(result.message()).isTrue();
  }

  @Test
  void fullSignatureWithASecondOutput_isRejectedAsAWrongShape() {
    Transaction signed = signedFull("m");
    List<TxOut> outputs = new ArrayList<>(signed.txOut);
    outputs.add(new TxOut(new Satoshi(0), new byte[] {0x6a}));

    VerificationResult result =
        Bip322.verify(ADDRESS, "m", encode(signed.updateOutputs(outputs)), Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.INVALID_TO_SIGN);
    assertThat(result.message()).contains("exactly one output");
  }

  @Test
  void fullSignatureWithANonOpReturnOutput_isRejectedAsAWrongShape() {
    Transaction signed = signedFull("m");

    VerificationResult result =
        Bip322.verify(
            ADDRESS,
            "m",
            encode(signed.updateOutputs(List.of(new TxOut(new Satoshi(0), new byte[] {0x51})))),
            Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.INVALID_TO_SIGN);
    assertThat(result.message()).contains("OP_RETURN");
  }

  @Test
  void fullSignatureWithASecondInput_isRejectedAsAWrongShape() {
    Transaction signed = signedFull("m");
    TxIn extra = new TxIn(new OutPoint(signed, 0), 0);

    VerificationResult result =
        Bip322.verify(ADDRESS, "m", encode(signed.addInput(extra)), Network.MAIN);

    assertThat(result.reason()).isEqualTo(Reason.INVALID_TO_SIGN);
    assertThat(result.message()).contains("exactly one input");
  }

  @Test
  void unprefixedWitnessStack_isReadAsASimpleSignature() {
    String prefixed = Bip322.signSimple(WIF, ADDRESS, "m", Network.MAIN);

    VerificationResult result = Bip322.verify(ADDRESS, "m", prefixed.substring(3), Network.MAIN);

    assertThat(result.isValid()).isTrue();
    assertThat(result.format()).isEqualTo(SignatureFormat.SIMPLE);
  }

  private static Transaction signedFull(String message) {
    String full = Bip322.signFull(WIF, ADDRESS, message, Network.MAIN);
    return Transaction.read(Base64.getDecoder().decode(full.substring(3)));
  }

  private static String encode(Transaction tx) {
    return "ful" + Base64.getEncoder().encodeToString(Transaction.write(tx));
  }
}
