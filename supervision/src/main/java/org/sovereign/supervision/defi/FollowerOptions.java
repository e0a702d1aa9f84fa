package org.sovereign.supervision.defi;

/**
 * How a chain follower fetches: at most {@code maxChunk} blocks per {@code eth_getLogs} (starting
 * at 100 and doubling), fewer where logs are dense (sized for about {@code targetLogs} logs per
 * call from the density just seen) and halved while the node refuses a range; every block header is
 * fetched and its hash kept within {@code nearHead} blocks of the head (elsewhere only blocks with
 * logs and each range's last); hashes of the last {@code keepHashes} blocks are kept for finding a
 * fork point; the next range is fetched while the current one is written when {@code prefetch} is
 * on.
 */
public record FollowerOptions(
    int maxChunk, int targetLogs, int nearHead, int keepHashes, boolean prefetch) {
  public static final FollowerOptions DEFAULTS =
      new FollowerOptions(2_000, 20_000, 128, 4_096, true);

  public FollowerOptions {
    if (maxChunk < 1 || targetLogs < 1 || nearHead < 0 || keepHashes < 1) {
      throw new IllegalArgumentException("maxChunk, targetLogs and keepHashes must be positive");
    }
  }

  public FollowerOptions withMaxChunk(int blocks) {
    return new FollowerOptions(blocks, targetLogs, nearHead, keepHashes, prefetch);
  }

  public FollowerOptions withTargetLogs(int logs) {
    return new FollowerOptions(maxChunk, logs, nearHead, keepHashes, prefetch);
  }

  public FollowerOptions withPrefetch(boolean on) {
    return new FollowerOptions(maxChunk, targetLogs, nearHead, keepHashes, on);
  }
}
