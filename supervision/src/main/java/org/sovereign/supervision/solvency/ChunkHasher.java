package org.sovereign.supervision.solvency;

/**
 * Hashes one level-0 chunk (customers, then padding leaves up to the chunk's end) and every level
 * of its subtree up to the chunk's own root. Chunks are independent, so workers run them in
 * parallel; each worker thread keeps its own SHA-256 and scratch bytes.
 */
final class ChunkHasher {
  private final int assets;
  private final int nodeSize;
  private final byte[] secret;
  private final CustomerNonces nonces;
  private final ThreadLocal<Workspace> workspaces = ThreadLocal.withInitial(Workspace::new);

  ChunkHasher(SnapshotSecret secret, int assets) {
    this.assets = assets;
    this.nodeSize = SolvencyFormat.nodeSize(assets);
    this.secret = secret.bytes();
    this.nonces = new CustomerNonces(secret);
  }

  /** The chunk's levels: {@code leaves} leaf nodes, then half as many parents, up to one node. */
  byte[][] levels(CustomerBatch batch, int leaves) {
    Workspace work = workspaces.get();
    int height = Integer.numberOfTrailingZeros(leaves);
    byte[][] levels = new byte[height + 1][];
    levels[0] = leaves(batch, leaves, work);
    for (int level = 1; level <= height; level++) {
      levels[level] = parents(levels[level - 1], leaves >> level, work.hashing);
    }
    return levels;
  }

  private byte[] leaves(CustomerBatch batch, int leaves, Workspace work) {
    byte[] out = new byte[leaves * nodeSize];
    int customers = batch.count();
    for (int i = 0; i < customers; i++) {
      int node = i * nodeSize;
      for (int a = 0; a < assets; a++) {
        PackedNodes.putU64(
            out, node + SolvencyFormat.HASH_BYTES + 8 * a, batch.balances[i * assets + a]);
      }
      byte[] id = batch.ids[i];
      nonces.nonce(id, id.length, work.nonce);
      work.hashing.customerLeaf(work.nonce, id, id.length, out, node, assets);
    }
    for (int i = customers; i < leaves; i++) {
      work.hashing.paddingLeaf(secret, batch.firstLeaf() + i, out, i * nodeSize, assets);
    }
    return out;
  }

  private byte[] parents(byte[] children, int count, TreeHashing hashing) {
    byte[] out = new byte[count * nodeSize];
    for (int j = 0; j < count; j++) {
      int overflow = hashing.parent(children, 2 * j * nodeSize, out, j * nodeSize, assets);
      if (overflow >= 0) {
        // The builder refuses any customer that takes an asset's total past 2^63-1, and every
        // node's sum is at most the total, so this cannot happen.
        throw new IllegalStateException(
            "sum of asset " + (overflow + 1) + " overflowed in a chunk");
      }
    }
    return out;
  }

  private static final class Workspace {
    final TreeHashing hashing = new TreeHashing();
    final byte[] nonce = new byte[SolvencyFormat.HASH_BYTES];
  }
}
