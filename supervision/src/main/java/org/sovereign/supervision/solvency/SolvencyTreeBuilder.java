package org.sovereign.supervision.solvency;

import java.util.Arrays;
import java.util.List;

/**
 * Builds the Merkle-sum tree of one liability snapshot from a stream of customers, without holding
 * them: every 4,096 customers form a chunk that worker threads hash while more arrive, and finished
 * nodes go to a {@link NodeSink}. Customers take leaves 0, 1, 2, ... in the order they are added;
 * {@link #finish()} pads the leaves to a power of two (at least 2^10) and returns the root.
 *
 * <p>Not thread-safe: one thread adds and finishes (the sink is called on that thread). The caller
 * must not add the same customer id twice; the builder keeps no ids to check that.
 */
public final class SolvencyTreeBuilder implements AutoCloseable {
  private final List<String> assets;
  private final int assetCount;
  private final long[] totals;
  private final ChunkHasher hasher;
  private final TreeAssembler assembler;
  private final ChunkPipeline pipeline;
  private CustomerBatch batch;
  private long customers;
  private boolean finished;

  private SolvencyTreeBuilder(
      SnapshotSecret secret, List<String> assets, NodeSink sink, int threads) {
    this.assets = SolvencyFormat.checkAssets(assets);
    this.assetCount = this.assets.size();
    this.totals = new long[assetCount];
    this.hasher = new ChunkHasher(secret, assetCount);
    this.assembler = new TreeAssembler(sink, assetCount);
    this.pipeline = new ChunkPipeline(threads);
    this.batch = new CustomerBatch(0, assetCount);
  }

  /** A builder hashing on one worker thread per available processor. */
  public static SolvencyTreeBuilder start(
      SnapshotSecret secret, List<String> assets, NodeSink sink) {
    return start(secret, assets, sink, Runtime.getRuntime().availableProcessors());
  }

  /**
   * A builder hashing on {@code threads} worker threads (1: on the caller's thread only). Throws
   * when the asset codes are invalid (see {@link SolvencyFormat#checkAssets}).
   */
  public static SolvencyTreeBuilder start(
      SnapshotSecret secret, List<String> assets, NodeSink sink, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("a builder needs at least 1 thread, not " + threads);
    }
    return new SolvencyTreeBuilder(secret, assets, sink, threads);
  }

  /**
   * Adds the next customer (the balances are copied) and returns its leaf index, which the caller
   * keeps to prove the customer later. Throws {@link InvalidLiabilityException} (and adds nothing)
   * when the id is not 1..128 bytes of UTF-8, the balances are not one per asset, a balance is
   * negative, or an asset's total would exceed 2^63-1.
   */
  public long add(String customerId, long[] balances) {
    ensureOpen();
    byte[] id;
    try {
      id = CustomerIds.encode(customerId);
    } catch (IllegalArgumentException e) {
      throw new InvalidLiabilityException(customers, e.getMessage(), e);
    }
    addToTotals(balances);
    if (batch.add(id, balances)) {
      submit(batch, SolvencyFormat.CHUNK_NODES);
      batch = new CustomerBatch(batch.chunkIndex + 1, assetCount);
    }
    return customers++;
  }

  /** Customers added so far. */
  public long customers() {
    return customers;
  }

  /**
   * Pads, hashes what remains, emits the last chunks and returns the root. A sink or worker failure
   * here or in {@link #add} propagates and ends the builder.
   */
  public SolvencyRoot finish() {
    ensureOpen();
    finished = true;
    try {
      long leaves = SolvencyFormat.paddedLeafCount(customers);
      for (CustomerBatch next = batch;
          next.firstLeaf() < leaves;
          next = new CustomerBatch(next.chunkIndex + 1, assetCount)) {
        int inChunk = (int) Math.min(SolvencyFormat.CHUNK_NODES, leaves - next.firstLeaf());
        submit(next, inChunk);
      }
      pipeline.drain(assembler);
      return root(assembler.finish());
    } finally {
      pipeline.close();
    }
  }

  /** Stops the worker threads; a builder closed before {@link #finish()} is abandoned. */
  @Override
  public void close() {
    finished = true;
    pipeline.close();
  }

  private void submit(CustomerBatch full, int leaves) {
    try {
      pipeline.submit(full, leaves, hasher, assembler);
    } catch (RuntimeException e) {
      // The sink or a worker failed: the tree is incomplete, so nothing more may be added.
      close();
      throw e;
    }
  }

  private void addToTotals(long[] balances) {
    if (balances.length != assetCount) {
      throw new InvalidLiabilityException(
          customers, balances.length + " balances for " + assetCount + " assets " + assets);
    }
    long[] next = new long[assetCount];
    for (int a = 0; a < assetCount; a++) {
      if (balances[a] < 0) {
        throw new InvalidLiabilityException(
            customers, "balance of asset " + assets.get(a) + " is negative: " + balances[a]);
      }
      next[a] = totals[a] + balances[a];
      if (next[a] < 0) {
        // Every node's sum is at most its asset's total, so checking totals here is what keeps
        // all sums in the tree within 2^63-1.
        throw new InvalidLiabilityException(
            customers,
            "total of asset " + assets.get(a) + " would exceed 2^63-1 (" + Long.MAX_VALUE + ")");
      }
    }
    System.arraycopy(next, 0, totals, 0, assetCount);
  }

  private SolvencyRoot root(byte[] node) {
    long[] sums = new long[assetCount];
    for (int a = 0; a < assetCount; a++) {
      sums[a] = PackedNodes.u64(node, SolvencyFormat.HASH_BYTES + 8 * a);
    }
    if (!Arrays.equals(sums, totals)) {
      throw new IllegalStateException(
          "root sums " + Arrays.toString(sums) + " differ from the totals added");
    }
    byte[] hash = Arrays.copyOf(node, SolvencyFormat.HASH_BYTES);
    return SolvencyRoot.of(hash, assets, Amounts.of(sums), assembler.depth());
  }

  private void ensureOpen() {
    if (finished) {
      throw new IllegalStateException("this builder has finished; start a new one");
    }
  }
}
