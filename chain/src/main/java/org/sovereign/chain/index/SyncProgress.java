package org.sovereign.chain.index;

/** Told after each block the indexer connects, for progress bars. */
@FunctionalInterface
public interface SyncProgress {
  SyncProgress NONE = (height, tip, bytes) -> {};

  void blockConnected(int height, int tipHeight, long blockBytes);
}
