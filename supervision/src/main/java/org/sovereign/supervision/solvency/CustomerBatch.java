package org.sovereign.supervision.solvency;

/**
 * The customers of one level-0 chunk, gathered on the caller's thread and hashed on a worker: their
 * UTF-8 ids and their balances, flat, in leaf order.
 */
final class CustomerBatch {
  final long chunkIndex;
  final byte[][] ids = new byte[SolvencyFormat.CHUNK_NODES][];
  final long[] balances;
  private final int assets;
  private int count;

  CustomerBatch(long chunkIndex, int assets) {
    this.chunkIndex = chunkIndex;
    this.assets = assets;
    this.balances = new long[SolvencyFormat.CHUNK_NODES * assets];
  }

  /** Adds a customer; returns true when the chunk is full. */
  boolean add(byte[] id, long[] customerBalances) {
    ids[count] = id;
    System.arraycopy(customerBalances, 0, balances, count * assets, assets);
    count++;
    return count == SolvencyFormat.CHUNK_NODES;
  }

  int count() {
    return count;
  }

  long firstLeaf() {
    return chunkIndex << SolvencyFormat.CHUNK_SHIFT;
  }
}
