package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.supervision.solvency.Verification.Reason.AMOUNT_OUT_OF_RANGE;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_ASSET_COUNT;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_BASE64;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_CUSTOMER_ID;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_DEPTH;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_ENVELOPE;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_EXPECTED_ROOT;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_LEAF_INDEX;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_MAGIC;
import static org.sovereign.supervision.solvency.Verification.Reason.SUM_OVERFLOW;
import static org.sovereign.supervision.solvency.Verification.Reason.TOO_LARGE;
import static org.sovereign.supervision.solvency.Verification.Reason.TRAILING_BYTES;
import static org.sovereign.supervision.solvency.Verification.Reason.TRUNCATED;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProofFormatTest {
  private static Snapshots.Built built;
  private static InclusionProof proof;
  private static byte[] bytes;
  private static String root;

  @BeforeAll
  static void buildTree() {
    built = Snapshots.random(40, 2, 21, 1);
    proof = built.prove(17);
    bytes = proof.toBytes();
    root = built.root().hashHex();
  }

  @Test
  void size_shouldFitTheGoal_atDepth24WithOneAssetAndTheLongestId() {
    assertThat(InclusionProof.size(1, 24, 128)).isEqualTo(1184).isLessThanOrEqualTo(1500);
    assertThat(bytes).hasSize(proof.size());
  }

  @Test
  void everyShorterPrefix_shouldBeTruncated() {
    for (int length = 0; length < bytes.length; length++) {
      assertThat(reason(Arrays.copyOf(bytes, length))).as("length %d", length).isEqualTo(TRUNCATED);
    }
    assertThat(detail(Arrays.copyOf(bytes, 10)))
        .isEqualTo("proof has 10 bytes; its header alone has 16");
  }

  @Test
  void extraByte_shouldBeTrailing() {
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThat(reason(longer)).isEqualTo(TRAILING_BYTES);
    assertThat(detail(longer))
        .isEqualTo(
            "proof has "
                + longer.length
                + " bytes, but 2 asset(s), depth 10 and a customer id of "
                + proof.customerId().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + " bytes make "
                + bytes.length);
  }

  @Test
  void headerFields_shouldBeCheckedAndNamed() {
    assertThat(detail(with(0, (byte) 'X'))).isEqualTo("proof starts with 0x58535031, not \"SSP1\"");
    assertThat(reason(with(4, (byte) 0))).isEqualTo(BAD_ASSET_COUNT);
    assertThat(detail(with(4, (byte) 17))).isEqualTo("asset count 17 is outside 1..16");
    assertThat(reason(with(5, (byte) 9))).isEqualTo(BAD_DEPTH);
    assertThat(detail(with(5, (byte) 64))).isEqualTo("depth 64 is outside 10..63");
    assertThat(detail(ProofLayout.with(bytes, 6, 1024)))
        .isEqualTo("leaf index 1024 is not below 2^10");
    assertThat(reason(ProofLayout.with(bytes, 6, -1))).isEqualTo(BAD_LEAF_INDEX);
    assertThat(detail(with(14, (byte) 1)))
        .isEqualTo("customer id length " + (256 + (bytes[15] & 0xff)) + " is outside 1..128");
    assertThat(reason(with(0, (byte) 'S', 1, (byte) 'S', 2, (byte) 'P', 3, (byte) '2')))
        .isEqualTo(BAD_MAGIC);
  }

  @Test
  void customerIdThatIsNotUtf8_shouldBeRejected() {
    assertThat(reason(with(16, (byte) 0xff))).isEqualTo(BAD_CUSTOMER_ID);
    assertThat(detail(with(16, (byte) 0xc0))).isEqualTo("customer id is not valid UTF-8");
  }

  @Test
  void amountsAbove2pow63_shouldBeOutOfRange() {
    ProofLayout layout = ProofLayout.of(bytes);
    assertThat(detail(layout.withBalance(bytes, 1, -1)))
        .isEqualTo("balance of asset 2 is 18446744073709551615, above 2^63-1");
    assertThat(detail(layout.withSiblingSum(bytes, 3, 0, Long.MIN_VALUE)))
        .isEqualTo("sibling sum of asset 1 at level 3 is 9223372036854775808, above 2^63-1");
    assertThat(reason(layout.withRootSum(bytes, 1, Long.MIN_VALUE))).isEqualTo(AMOUNT_OUT_OF_RANGE);
  }

  @Test
  void sumsThatWouldWrap_shouldOverflow_namingAssetAndLevel() {
    ProofLayout layout = ProofLayout.of(bytes);
    byte[] big = layout.withSiblingSum(layout.withBalance(bytes, 1, 1), 0, 1, Long.MAX_VALUE);
    assertThat(reason(big)).isEqualTo(SUM_OVERFLOW);
    assertThat(detail(big)).isEqualTo("sum of asset 2 exceeds 2^63-1 at level 1");
  }

  @Test
  void envelopeAndBareBase64_shouldBothVerify() {
    String envelope = proof.toEnvelope(List.of("BTC", "USDT"));
    assertThat(envelope)
        .startsWith(
            "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\",\"USDT\"],\"proof\":\"");
    Verification.Valid fromEnvelope = (Verification.Valid) ProofVerifier.verify(envelope, root);
    assertThat(fromEnvelope.assets()).containsExactly("BTC", "USDT");
    Verification.Valid fromBase64 =
        (Verification.Valid)
            ProofVerifier.verify("\n " + proof.toBase64() + "\n", root.toUpperCase());
    assertThat(fromBase64.assets()).isEmpty();
    assertThat(fromBase64.balances()).isEqualTo(fromEnvelope.balances());
    String spaced = envelope.replace(",", " ,\n ").replace(":", " : ");
    assertThat(ProofVerifier.verify(spaced, root).valid()).isTrue();
  }

  @Test
  void badEnvelopes_shouldBeRejectedWithTheirProblem() {
    String b64 = proof.toBase64();
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/2\",\"assets\":[\"BTC\",\"USDT\"],\"proof\":\""
            + b64
            + "\"}",
        "envelope format is not \"sovereign-solvency-proof/1\"");
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/1\",\"proof\":\"" + b64 + "\"}",
        "envelope has no member \"assets\"");
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\"],\"proof\":\""
            + b64
            + "\"}",
        "envelope names 1 asset(s) but the proof has 2");
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\",\"<b>\"],\"proof\":\""
            + b64
            + "\"}",
        "envelope asset codes must be 1..16 letters, digits, '.', '_' or '-'");
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\",\"USDT\"],\"proof\":\""
            + b64
            + "\",\"x\":\"y\"}",
        "envelope has an unknown member \"x\"");
    assertEnvelope(
        "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\",\"USDT\"],\"proof\":7}",
        null);
    assertEnvelope("{\"format\":\"sovereign-solvency-proof/1\",\"format\":\"x\"}", null);
    assertEnvelope("{\"format\":\"sovereign-solvency-proof/1\"", null);
    assertEnvelope("{}  {}", null);
  }

  @Test
  void badBase64AndBadExpectedRoots_shouldBeRejected() {
    assertThat(ProofVerifier.verify("SSP1!!!!", root))
        .isEqualTo(
            new Verification.Invalid(BAD_BASE64, "proof is not standard base64 with padding"));
    assertThat(((Verification.Invalid) ProofVerifier.verify(proof.toBase64() + "A", root)).reason())
        .isEqualTo(BAD_BASE64);
    assertThat(ProofVerifier.verify(proof.toBase64(), root.substring(2)))
        .isEqualTo(
            new Verification.Invalid(
                BAD_EXPECTED_ROOT, "expected root must be 64 hex digits, not 62 characters"));
    assertThat(ProofVerifier.verify(proof.toBase64(), "g" + root.substring(1)))
        .isEqualTo(
            new Verification.Invalid(
                BAD_EXPECTED_ROOT, "expected root has a non-hex character at position 0"));
    assertThat(((Verification.Invalid) ProofVerifier.verify((String) null, null)).reason())
        .isEqualTo(BAD_EXPECTED_ROOT);
    assertThat(((Verification.Invalid) ProofVerifier.verify("", root)).reason())
        .isEqualTo(TRUNCATED);
    assertThat(Base64.getDecoder().decode(proof.toBase64())).isEqualTo(bytes);
    assertThat(ProofVerifier.verify("A".repeat(1_000_000), root))
        .isEqualTo(
            new Verification.Invalid(
                TOO_LARGE, "proof text has 1000000 characters; no valid proof has over 65536"));
  }

  private static void assertEnvelope(String text, String detail) {
    Verification.Invalid invalid = (Verification.Invalid) ProofVerifier.verify(text, root);
    assertThat(invalid.reason()).as(invalid.detail()).isEqualTo(BAD_ENVELOPE);
    if (detail != null) {
      assertThat(invalid.detail()).isEqualTo(detail);
    }
  }

  private static byte[] with(Object... offsetsAndValues) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < offsetsAndValues.length; i += 2) {
      copy[(int) offsetsAndValues[i]] = (byte) offsetsAndValues[i + 1];
    }
    return copy;
  }

  private static Verification.Reason reason(byte[] proofBytes) {
    return ((Verification.Invalid) ProofVerifier.verify(proofBytes, root)).reason();
  }

  private static String detail(byte[] proofBytes) {
    return ((Verification.Invalid) ProofVerifier.verify(proofBytes, root)).detail();
  }
}
