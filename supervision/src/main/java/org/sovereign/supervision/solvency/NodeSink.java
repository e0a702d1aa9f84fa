package org.sovereign.supervision.solvency;

/**
 * Receives the finished nodes of a tree being built, a chunk at a time, to persist them. A chunk
 * holds {@link SolvencyFormat#CHUNK_NODES} packed nodes (the last chunk of a level may hold fewer):
 * node {@code n} of the level is node {@code n % CHUNK_NODES} of chunk {@code n / CHUNK_NODES}, and
 * each packed node is its 32-byte hash followed by one unsigned 64-bit big-endian sum per asset
 * ({@link SolvencyFormat#nodeSize}). Level 0 holds the leaves; the last level holds the root.
 *
 * <p>The builder calls this on the thread that calls {@code add} or {@code finish}, each level's
 * chunks in increasing order, and hands over the array: the sink may keep it without copying.
 */
@FunctionalInterface
public interface NodeSink {
  void chunk(int level, long chunkIndex, byte[] packedNodes);
}
