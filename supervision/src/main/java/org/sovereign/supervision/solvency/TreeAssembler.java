package org.sovereign.supervision.solvency;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts hashed chunks, in chunk order, into per-level streams to the sink, and builds the levels
 * above the chunks' own roots: whenever a node with an odd index arrives, its sibling is already
 * there, so their parent is computed at once. Only one partial chunk per level is ever held.
 */
final class TreeAssembler {
  private final NodeSink sink;
  private final int assets;
  private final int nodeSize;
  private final List<LevelStream> levels = new ArrayList<>();
  private final TreeHashing hashing = new TreeHashing();

  TreeAssembler(NodeSink sink, int assets) {
    this.sink = sink;
    this.assets = assets;
    this.nodeSize = SolvencyFormat.nodeSize(assets);
  }

  /** Takes the levels of level-0 chunk {@code chunkIndex}, which must come next. */
  void accept(long chunkIndex, byte[][] chunkLevels) {
    int top = chunkLevels.length - 1;
    for (int level = 0; level < top; level++) {
      LevelStream stream = stream(level);
      stream.append(chunkLevels[level]);
      stream.emitIfFull(sink);
    }
    stream(top).append(chunkLevels[top]);
    carry(top, (chunkIndex << SolvencyFormat.CHUNK_SHIFT) >> top);
  }

  /**
   * Emits the remaining partial chunks and returns the root node (hash and sums). Every chunk must
   * have been accepted, which leaves exactly one node on the top level.
   */
  byte[] finish() {
    LevelStream top = levels.getLast();
    if (top.filled() != 1) {
      throw new IllegalStateException("the tree's top level holds " + top.filled() + " nodes");
    }
    byte[] root = java.util.Arrays.copyOf(top.buffer(), nodeSize);
    for (LevelStream stream : levels) {
      stream.emitRest(sink);
    }
    return root;
  }

  int depth() {
    return levels.size() - 1;
  }

  private void carry(int level, long index) {
    while ((index & 1) == 1) {
      LevelStream below = levels.get(level);
      LevelStream above = stream(level + 1);
      int slot = above.appendSlot();
      int overflow =
          hashing.parent(below.buffer(), below.lastPairOffset(), above.buffer(), slot, assets);
      if (overflow >= 0) {
        throw new IllegalStateException("sum of asset " + (overflow + 1) + " overflowed");
      }
      below.emitIfFull(sink);
      level++;
      index >>= 1;
    }
    levels.get(level).emitIfFull(sink);
  }

  private LevelStream stream(int level) {
    while (levels.size() <= level) {
      levels.add(new LevelStream(levels.size(), nodeSize));
    }
    return levels.get(level);
  }
}
