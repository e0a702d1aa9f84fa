package org.sovereign.supervision.defi;

import java.time.Duration;

/**
 * What one poll of a chain did: the node's head and the target (head minus the confirmation depth),
 * the checkpoint reached, how many ranges, logs (fetched and decoded), stored rows and new alerts,
 * and any reorganisation undone (rolled back to {@code rolledBackTo}, else -1).
 */
public record PollResult(
    long chainId,
    long head,
    long target,
    long checkpoint,
    int ranges,
    long logs,
    long decoded,
    long rows,
    int alerts,
    int reorgs,
    long rolledBackTo,
    Duration elapsed) {

  /** Whether the checkpoint reached the target: nothing more to do until the head moves. */
  public boolean caughtUp() {
    return checkpoint >= target;
  }

  /** Fetched logs per second over the poll (0 for an idle poll). */
  public double logsPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos == 0 ? 0 : logs * 1e9 / nanos;
  }
}
