package org.sovereign.supervision.solvency;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Chunks in flight on the worker threads, handed to the assembler in chunk order on the caller's
 * thread. At most two chunks per worker wait, which bounds memory; one thread means no workers.
 */
final class ChunkPipeline {
  private final ExecutorService workers;
  private final int maxInFlight;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  ChunkPipeline(int threads) {
    this.workers =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("solvency-tree-", 0).daemon().factory());
    this.maxInFlight = 2 * threads;
  }

  void submit(CustomerBatch batch, int leaves, ChunkHasher hasher, TreeAssembler assembler) {
    if (workers == null) {
      assembler.accept(batch.chunkIndex, hasher.levels(batch, leaves));
      return;
    }
    pending.add(new Pending(batch.chunkIndex, workers.submit(() -> hasher.levels(batch, leaves))));
    while (!pending.isEmpty() && (pending.size() > maxInFlight || pending.peek().done())) {
      take(assembler);
    }
  }

  void drain(TreeAssembler assembler) {
    while (!pending.isEmpty()) {
      take(assembler);
    }
  }

  void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  private void take(TreeAssembler assembler) {
    Pending next = pending.poll();
    try {
      assembler.accept(next.chunkIndex(), next.levels().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while hashing chunk " + next.chunkIndex(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("hashing chunk " + next.chunkIndex() + " failed", e);
    }
  }

  private record Pending(long chunkIndex, Future<byte[][]> levels) {
    boolean done() {
      return levels.isDone();
    }
  }
}
