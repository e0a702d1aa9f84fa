package org.sovereign.supervision.solvency;

/**
 * The chunks a {@link NodeSink} received, read back to build inclusion proofs. Implementations
 * throw when they do not hold the chunk asked for (a missing chunk is a storage fault, not a
 * customer error).
 */
@FunctionalInterface
public interface NodeSource {
  byte[] chunk(int level, long chunkIndex);
}
