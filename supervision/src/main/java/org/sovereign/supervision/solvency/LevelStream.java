package org.sovereign.supervision.solvency;

import java.util.Arrays;

/** One level's nodes on their way to the sink: the chunk being filled, in node order. */
final class LevelStream {
  private final int level;
  private final int nodeSize;
  private byte[] buffer;
  private int filled;
  private long chunkIndex;

  LevelStream(int level, int nodeSize) {
    this.level = level;
    this.nodeSize = nodeSize;
  }

  /**
   * Appends {@code nodes} packed nodes; a whole chunk arriving at a chunk boundary is not copied.
   */
  void append(byte[] nodes) {
    int count = nodes.length / nodeSize;
    if (filled == 0 && count == SolvencyFormat.CHUNK_NODES) {
      buffer = nodes;
      filled = count;
      return;
    }
    System.arraycopy(nodes, 0, ensureBuffer(), filled * nodeSize, nodes.length);
    filled += count;
  }

  /** Makes room for one node and returns the offset where the caller writes it. */
  int appendSlot() {
    ensureBuffer();
    return filled++ * nodeSize;
  }

  byte[] buffer() {
    return buffer;
  }

  /** Offset of the second-last node: with the last one, a complete pair of siblings. */
  int lastPairOffset() {
    return (filled - 2) * nodeSize;
  }

  int filled() {
    return filled;
  }

  void emitIfFull(NodeSink sink) {
    if (filled == SolvencyFormat.CHUNK_NODES) {
      emit(sink, buffer);
    }
  }

  /** Emits the last, shorter chunk of the level, if any. */
  void emitRest(NodeSink sink) {
    if (filled > 0) {
      emit(sink, Arrays.copyOf(buffer, filled * nodeSize));
    }
  }

  private void emit(NodeSink sink, byte[] chunk) {
    sink.chunk(level, chunkIndex++, chunk);
    buffer = null;
    filled = 0;
  }

  private byte[] ensureBuffer() {
    if (buffer == null) {
      buffer = new byte[SolvencyFormat.CHUNK_NODES * nodeSize];
    }
    return buffer;
  }
}
