package org.sovereign.supervision.solvency;

import static org.sovereign.supervision.solvency.Verification.Reason.BAD_ENVELOPE;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_EXPECTED_ROOT;
import static org.sovereign.supervision.solvency.Verification.Reason.ROOT_HASH_MISMATCH;
import static org.sovereign.supervision.solvency.Verification.Reason.ROOT_SUMS_MISMATCH;
import static org.sovereign.supervision.solvency.Verification.Reason.SUM_OVERFLOW;
import static org.sovereign.supervision.solvency.Verification.Reason.UNEXPECTED_ROOT;

import java.util.Arrays;
import java.util.List;
import org.sovereign.base.Hex;

/**
 * Checks a customer's inclusion proof against the published root hash: recomputes the leaf from the
 * customer id, nonce and balances, walks up the path (bit i of the leaf index set: the path node is
 * the right child at level i), adding sums without wrapping, and compares the result with the root
 * the proof carries and with the published one. Never throws for bad input: every problem comes
 * back as a {@link Verification.Invalid} naming it.
 */
public final class ProofVerifier {
  private static final String HEX_DIGITS = "0123456789abcdefABCDEF";

  private ProofVerifier() {}

  /**
   * Verifies {@code proofText} (the JSON envelope, or the proof's base64 alone) against {@code
   * expectedRootHex}, the published root hash (64 hex digits).
   */
  public static Verification verify(String proofText, String expectedRootHex) {
    try {
      byte[] expected = expectedRoot(expectedRootHex);
      ProofEnvelope.Opened opened = ProofEnvelope.open(proofText == null ? "" : proofText);
      return check(ProofReader.read(opened.proof()), opened.assets(), expected);
    } catch (ProofRejection rejection) {
      return rejection.toInvalid();
    }
  }

  /** Verifies a binary proof against {@code expectedRootHex}. */
  public static Verification verify(byte[] proof, String expectedRootHex) {
    try {
      byte[] expected = expectedRoot(expectedRootHex);
      return check(ProofReader.read(proof), List.of(), expected);
    } catch (ProofRejection rejection) {
      return rejection.toInvalid();
    }
  }

  private static Verification check(InclusionProof proof, List<String> assets, byte[] expected)
      throws ProofRejection {
    int k = proof.assetCount();
    if (!assets.isEmpty() && assets.size() != k) {
      throw new ProofRejection(
          BAD_ENVELOPE, "envelope names " + assets.size() + " asset(s) but the proof has " + k);
    }
    byte[] computed = walk(proof, k);
    byte[] root = proof.rootNode();
    if (!Arrays.equals(computed, 0, 32, root, 0, 32)) {
      throw new ProofRejection(
          ROOT_HASH_MISMATCH,
          "the path computes root "
              + Hex.encode(Arrays.copyOf(computed, 32))
              + ", but the proof carries root "
              + Hex.encode(Arrays.copyOf(root, 32)));
    }
    for (int a = 0; a < k; a++) {
      long sum = PackedNodes.u64(computed, 32 + 8 * a);
      long claimed = PackedNodes.u64(root, 32 + 8 * a);
      if (sum != claimed) {
        throw new ProofRejection(
            ROOT_SUMS_MISMATCH,
            "the path computes a total of "
                + sum
                + " for asset "
                + (a + 1)
                + ", but the proof carries "
                + claimed);
      }
    }
    if (!Arrays.equals(root, 0, 32, expected, 0, 32)) {
      throw new ProofRejection(
          UNEXPECTED_ROOT,
          "the proof is for root "
              + Hex.encode(Arrays.copyOf(root, 32))
              + ", not the published root "
              + Hex.encode(expected));
    }
    return new Verification.Valid(
        proof.customerId(),
        proof.leafIndex(),
        proof.depth(),
        proof.balances(),
        sums(root, k),
        assets);
  }

  private static byte[] walk(InclusionProof proof, int assets) throws ProofRejection {
    int size = SolvencyFormat.nodeSize(assets);
    TreeHashing hashing = new TreeHashing();
    byte[] node = new byte[size];
    for (int a = 0; a < assets; a++) {
      PackedNodes.putU64(node, 32 + 8 * a, proof.balances().get(a));
    }
    byte[] id = proof.idBytes();
    hashing.customerLeaf(proof.nonce(), id, id.length, node, 0, assets);
    byte[] path = proof.path();
    byte[] pair = new byte[2 * size];
    for (int level = 0; level < proof.depth(); level++) {
      boolean right = (proof.leafIndex() >>> level & 1) == 1;
      System.arraycopy(node, 0, pair, right ? size : 0, size);
      System.arraycopy(path, level * size, pair, right ? 0 : size, size);
      int overflow = hashing.parent(pair, 0, node, 0, assets);
      if (overflow >= 0) {
        throw new ProofRejection(
            SUM_OVERFLOW,
            "sum of asset " + (overflow + 1) + " exceeds 2^63-1 at level " + (level + 1));
      }
    }
    return node;
  }

  private static Amounts sums(byte[] node, int assets) {
    long[] sums = new long[assets];
    for (int a = 0; a < assets; a++) {
      sums[a] = PackedNodes.u64(node, 32 + 8 * a);
    }
    return Amounts.of(sums);
  }

  private static byte[] expectedRoot(String hex) throws ProofRejection {
    String trimmed = ProofEnvelope.trimAscii(hex == null ? "" : hex);
    if (trimmed.length() != 64) {
      throw new ProofRejection(
          BAD_EXPECTED_ROOT,
          "expected root must be 64 hex digits, not " + trimmed.length() + " characters");
    }
    for (int i = 0; i < 64; i++) {
      if (HEX_DIGITS.indexOf(trimmed.charAt(i)) < 0) {
        throw new ProofRejection(
            BAD_EXPECTED_ROOT, "expected root has a non-hex character at position " + i);
      }
    }
    return Hex.decode(trimmed.toLowerCase(java.util.Locale.ROOT));
  }
}
