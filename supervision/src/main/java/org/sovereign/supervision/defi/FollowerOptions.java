package org.sovereign.supervision.defi;

/**
 * How a chain follower fetches: at most {@code maxChunk} blocks per {@code eth_getLogs} (halved
 * while the node refuses, grown back after successes); every block header is fetched and its hash
 * kept within {@code nearHead} blocks of the head (elsewhere only blocks with logs and each range's
 * last); hashes of the last {@code keepHashes} blocks are kept for finding a fork point; the next
 * range is fetched while the current one is written when {@code prefetch} is on.
 */
public record FollowerOptions(int maxChunk, int nearHead, int keepHashes, boolean prefetch) {
  public static final FollowerOptions DEFAULTS = new FollowerOptions(2_000, 128, 4_096, true);

  public FollowerOptions {
    if (maxChunk < 1 || nearHead < 0 || keepHashes < 1) {
      throw new IllegalArgumentException("maxChunk and keepHashes must be positive");
    }
  }

  public FollowerOptions withMaxChunk(int blocks) {
    return new FollowerOptions(blocks, nearHead, keepHashes, prefetch);
  }

  public FollowerOptions withPrefetch(boolean on) {
    return new FollowerOptions(maxChunk, nearHead, keepHashes, on);
  }
}
