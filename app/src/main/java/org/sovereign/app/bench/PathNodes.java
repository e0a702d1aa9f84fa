package org.sovereign.app.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sovereign.supervision.solvency.NodeSink;
import org.sovereign.supervision.solvency.NodeSource;
import org.sovereign.supervision.solvency.SolvencyFormat;

/**
 * A sink that keeps only the chunks needed to prove a few chosen leaves (a sibling always shares
 * its chunk with the path node) and counts the bytes of all the others, which a database sink would
 * store. Lets a benchmark build a 10-million-leaf tree without holding it.
 */
public final class PathNodes implements NodeSink, NodeSource {
  private final long[] leaves;
  private final Map<Long, byte[]> kept = new HashMap<>();
  private long bytes;
  private long chunks;

  public PathNodes(long... leaves) {
    this.leaves = leaves.clone();
  }

  @Override
  public void chunk(int level, long chunkIndex, byte[] packedNodes) {
    bytes += packedNodes.length;
    chunks++;
    for (long leaf : leaves) {
      if ((leaf >>> level) / SolvencyFormat.CHUNK_NODES == chunkIndex) {
        kept.put(key(level, chunkIndex), packedNodes);
        return;
      }
    }
  }

  @Override
  public byte[] chunk(int level, long chunkIndex) {
    byte[] chunk = kept.get(key(level, chunkIndex));
    if (chunk == null) {
      throw new NoSuchElementException("chunk " + chunkIndex + " of level " + level + " not kept");
    }
    return chunk;
  }

  /** Bytes of every chunk received: what a persistent sink stores for the whole tree. */
  public long bytesReceived() {
    return bytes;
  }

  public long chunksReceived() {
    return chunks;
  }

  private static long key(int level, long chunkIndex) {
    return (long) level << 56 | chunkIndex;
  }
}
