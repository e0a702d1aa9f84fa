package org.sovereign.supervision.solvency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.supervision.solvency.Verification.Reason.ROOT_HASH_MISMATCH;
import static org.sovereign.supervision.solvency.Verification.Reason.ROOT_SUMS_MISMATCH;
import static org.sovereign.supervision.solvency.Verification.Reason.UNEXPECTED_ROOT;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProofTamperingTest {
  private static Snapshots.Built built;
  private static byte[] proof;
  private static String root;
  private static ProofLayout layout;

  @BeforeAll
  static void buildTree() {
    built = Snapshots.random(1500, 3, 11, 2);
    proof = built.prove(1234).toBytes();
    root = built.root().hashHex();
    layout = ProofLayout.of(proof);
  }

  @Test
  void untouchedProof_shouldBeValid() {
    assertThat(ProofVerifier.verify(proof, root).valid()).isTrue();
  }

  @Test
  void flippingAnyBitOfAnyByte_shouldNeverBeValid_andAlwaysSayWhy() {
    Set<Verification.Reason> seen = EnumSet.noneOf(Verification.Reason.class);
    for (int i = 0; i < proof.length; i++) {
      for (int mask : new int[] {0x01, 0x80, 0xff}) {
        byte[] tampered = proof.clone();
        tampered[i] ^= (byte) mask;
        Verification result = ProofVerifier.verify(tampered, root);
        assertThat(result).as("byte %d ^ %02x", i, mask).isInstanceOf(Verification.Invalid.class);
        Verification.Invalid invalid = (Verification.Invalid) result;
        assertThat(invalid.detail()).isNotBlank();
        seen.add(invalid.reason());
      }
    }
    assertThat(seen).contains(ROOT_HASH_MISMATCH, ROOT_SUMS_MISMATCH).hasSizeGreaterThan(6);
  }

  @Test
  void changedBalance_shouldNotMatchTheRoot() {
    assertReason(layout.withBalance(proof, 1, 999), ROOT_HASH_MISMATCH);
  }

  @Test
  void changedLeafIndex_shouldNotMatchTheRoot() {
    assertReason(layout.withLeafIndex(proof, 1235), ROOT_HASH_MISMATCH);
  }

  @Test
  void changedNonce_shouldNotMatchTheRoot() {
    byte[] tampered = proof.clone();
    tampered[layout.nonce()] ^= 1;
    assertReason(tampered, ROOT_HASH_MISMATCH);
  }

  @Test
  void changedSiblingSum_shouldNotMatchTheRoot() {
    assertReason(layout.withSiblingSum(proof, 4, 0, 0), ROOT_HASH_MISMATCH);
  }

  @Test
  void changedRootHash_shouldNotMatchThePath() {
    byte[] tampered = proof.clone();
    tampered[layout.root()] ^= 1;
    assertReason(tampered, ROOT_HASH_MISMATCH);
  }

  @Test
  void proofOfAnotherSnapshot_shouldBeReportedAsSuch() {
    String other = "00".repeat(32);
    Verification.Invalid invalid = (Verification.Invalid) ProofVerifier.verify(proof, other);
    assertThat(invalid.reason()).isEqualTo(UNEXPECTED_ROOT);
    assertThat(invalid.detail())
        .isEqualTo("the proof is for root " + root + ", not the published root " + other);
  }

  @Test
  void reducedRootSums_shouldFail() {
    long total = built.root().sums().get(0);
    Verification.Invalid invalid =
        assertReason(layout.withRootSum(proof, 0, total - 1), ROOT_SUMS_MISMATCH);
    assertThat(invalid.detail())
        .isEqualTo(
            "the path computes a total of "
                + total
                + " for asset 1, but the proof carries "
                + (total - 1));
  }

  @Test
  void sumSplitting_movingValueBetweenSubtrees_shouldFail() {
    // The attack on sum-only Merkle trees: show this customer a sibling that holds less than it
    // really does, and hide the difference elsewhere (or not at all). Every node hash commits to
    // both children's sums, so any change to a sibling's sum changes the root hash.
    long moved = 1_000;
    byte[] lowered = layout.withSiblingSum(proof, 3, 0, layout.siblingSum(proof, 3, 0) - moved);
    byte[] shifted = layout.withSiblingSum(lowered, 7, 0, layout.siblingSum(proof, 7, 0) + moved);
    assertReason(shifted, ROOT_HASH_MISMATCH);
    long total = built.root().sums().get(0);
    assertReason(layout.withRootSum(lowered, 0, total - moved), ROOT_HASH_MISMATCH);
  }

  private static Verification.Invalid assertReason(byte[] tampered, Verification.Reason reason) {
    Verification result = ProofVerifier.verify(tampered, root);
    assertThat(result).isInstanceOf(Verification.Invalid.class);
    Verification.Invalid invalid = (Verification.Invalid) result;
    assertThat(invalid.reason()).as(invalid.detail()).isEqualTo(reason);
    return invalid;
  }
}
