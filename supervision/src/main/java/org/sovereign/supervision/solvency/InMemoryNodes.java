package org.sovereign.supervision.solvency;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every chunk of a tree held on the heap, for tests, benchmarks and small snapshots. A tree takes
 * about 2 x leaves x (32 + 8 x assets) bytes: 1.25 GiB for 2^24 leaves and one asset.
 */
public final class InMemoryNodes implements NodeSink, NodeSource {
  private final Map<Long, byte[]> chunks = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  @Override
  public void chunk(int level, long chunkIndex, byte[] packedNodes) {
    if (chunks.putIfAbsent(key(level, chunkIndex), packedNodes) != null) {
      throw new IllegalStateException(
          "chunk " + chunkIndex + " of level " + level + " arrived twice");
    }
    bytes.addAndGet(packedNodes.length);
  }

  @Override
  public byte[] chunk(int level, long chunkIndex) {
    byte[] chunk = chunks.get(key(level, chunkIndex));
    if (chunk == null) {
      throw new NoSuchElementException("no chunk " + chunkIndex + " at level " + level);
    }
    return chunk;
  }

  /** Chunks held. */
  public int chunkCount() {
    return chunks.size();
  }

  /** Bytes of packed nodes held. */
  public long bytes() {
    return bytes.get();
  }

  private static long key(int level, long chunkIndex) {
    if (level < 0 || level > SolvencyFormat.MAX_DEPTH || chunkIndex < 0 || chunkIndex >= 1L << 52) {
      throw new IllegalArgumentException("no chunk " + chunkIndex + " at level " + level);
    }
    return (long) level << 52 | chunkIndex;
  }
}
