package org.sovereign.supervision.reporting;

import org.jdbi.v3.core.Handle;

/** Builds a snapshot's Merkle-sum tree over its stored customers (in leaf order). */
final class SnapshotTrees {
  void build(Handle h, long snapshotId, int assets, byte[] secret) {
    // The tree is built here once the solvency core (a streaming Merkle-sum tree) is merged.
  }
}
