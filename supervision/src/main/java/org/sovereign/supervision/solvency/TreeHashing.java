package org.sovereign.supervision.solvency;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * The leaf, padding and node hashes of the format over packed nodes, with one reused SHA-256 and no
 * allocation per hash. Not thread-safe: one per thread.
 */
final class TreeHashing {
  private final MessageDigest sha = SolvencyFormat.sha256();
  private final byte[] commitment = new byte[SolvencyFormat.HASH_BYTES];
  private final byte[] index = new byte[8];

  /**
   * Hashes the customer leaf whose sums (the balances) are already in place after the hash slot of
   * the node at {@code node}: SHA256(0x00 || SHA256(tag || nonce || id) || sums).
   */
  void customerLeaf(byte[] nonce, byte[] id, int idLength, byte[] out, int node, int assets) {
    sha.update(SolvencyFormat.CUSTOMER_TAG);
    sha.update(nonce, 0, SolvencyFormat.HASH_BYTES);
    sha.update(id, 0, idLength);
    finish(commitment, 0);
    leaf(out, node, assets);
  }

  /** Hashes padding leaf {@code leafIndex}, whose sums are zero, into the node at {@code node}. */
  void paddingLeaf(byte[] secret, long leafIndex, byte[] out, int node, int assets) {
    sha.update(SolvencyFormat.PADDING_TAG);
    sha.update(secret);
    PackedNodes.putU64(index, 0, leafIndex);
    sha.update(index);
    finish(commitment, 0);
    java.util.Arrays.fill(out, node + SolvencyFormat.HASH_BYTES, node + nodeSize(assets), (byte) 0);
    leaf(out, node, assets);
  }

  /**
   * Writes into the node at {@code out} the parent of the two adjacent packed nodes starting at
   * {@code left}: SHA256(0x01 || left node || right node) and the sums. Returns the first asset
   * whose sum overflows, or -1.
   */
  int parent(byte[] children, int left, byte[] out, int outOffset, int assets) {
    int size = nodeSize(assets);
    int overflow =
        PackedNodes.addSums(children, left, children, left + size, out, outOffset, assets);
    sha.update(SolvencyFormat.NODE_PREFIX);
    sha.update(children, left, 2 * size);
    finish(out, outOffset);
    return overflow;
  }

  private void leaf(byte[] out, int node, int assets) {
    sha.update(SolvencyFormat.LEAF_PREFIX);
    sha.update(commitment);
    sha.update(out, node + SolvencyFormat.HASH_BYTES, 8 * assets);
    finish(out, node);
  }

  private void finish(byte[] out, int offset) {
    try {
      sha.digest(out, offset, SolvencyFormat.HASH_BYTES);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 refused a 32-byte output slot", e);
    }
  }

  private static int nodeSize(int assets) {
    return SolvencyFormat.nodeSize(assets);
  }
}
