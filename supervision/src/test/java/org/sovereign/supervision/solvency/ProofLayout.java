package org.sovereign.supervision.solvency;

/** Offsets inside a binary proof, for tests that change one field. */
record ProofLayout(int assets, int depth, int idLength) {

  static ProofLayout of(byte[] proof) {
    return new ProofLayout(proof[4], proof[5], (proof[14] & 0xff) << 8 | proof[15] & 0xff);
  }

  int nonce() {
    return 16 + idLength;
  }

  int balance(int asset) {
    return nonce() + 32 + 8 * asset;
  }

  int sibling(int level) {
    return balance(assets) + level * (32 + 8 * assets);
  }

  int root() {
    return sibling(depth);
  }

  long siblingSum(byte[] proof, int level, int asset) {
    return PackedNodes.u64(proof, sibling(level) + 32 + 8 * asset);
  }

  byte[] withBalance(byte[] proof, int asset, long value) {
    return with(proof, balance(asset), value);
  }

  byte[] withSiblingSum(byte[] proof, int level, int asset, long value) {
    return with(proof, sibling(level) + 32 + 8 * asset, value);
  }

  byte[] withRootSum(byte[] proof, int asset, long value) {
    return with(proof, root() + 32 + 8 * asset, value);
  }

  byte[] withLeafIndex(byte[] proof, long value) {
    return with(proof, 6, value);
  }

  static byte[] with(byte[] proof, int offset, long value) {
    byte[] copy = proof.clone();
    PackedNodes.putU64(copy, offset, value);
    return copy;
  }
}
