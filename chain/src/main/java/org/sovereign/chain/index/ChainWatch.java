package org.sovereign.chain.index;

import java.util.List;

/** What the pillars need from the chain index: watch descriptors, read their outputs. */
public interface ChainWatch {
  /** Watches a ranged (single-branch) descriptor with a gap limit. */
  void watchDescriptor(String descriptor, String label, int gapLimit);

  /** Every indexed output paying one of the descriptor's scripts, oldest first. */
  List<IndexedOutput> outputsOfDescriptor(String descriptor);

  int indexedHeight();

  /** The header time of the indexed block at {@code height}. */
  java.util.Optional<java.time.Instant> blockTime(int height);

  /** Undoes indexed blocks above {@code height} so the next sync rescans them for new watches. */
  void rewindTo(int height);
}
