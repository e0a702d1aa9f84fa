package org.sovereign.app.cli;

import java.io.PrintWriter;

/**
 * A progress line for block scans: height, blocks/s, MB/s and time left; redrawn twice a second.
 */
final class BlockProgress {
  private final PrintWriter err;
  private final int from;
  private final int to;
  private final long start = System.nanoTime();
  private long bytes;
  private long lastDraw;

  BlockProgress(PrintWriter err, int from, int to) {
    this.err = err;
    this.from = from;
    this.to = to;
  }

  void update(int height, int tip, long blockBytes) {
    bytes += blockBytes;
    long now = System.nanoTime();
    if (now - lastDraw > 500_000_000L || height == to) {
      lastDraw = now;
      draw(height);
    }
  }

  private void draw(int height) {
    double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    int done = height - from + 1;
    int total = Math.max(1, to - from + 1);
    double blocksPerSecond = done / seconds;
    long eta = blocksPerSecond > 0 ? (long) ((total - done) / blocksPerSecond) : 0;
    int filled = (int) (30L * done / total);
    err.printf(
        "\rscanning [%s%s] %,d/%,d  %,.0f blocks/s  %,.1f MB/s  ETA %ds ",
        "#".repeat(filled),
        " ".repeat(30 - filled),
        height,
        to,
        blocksPerSecond,
        bytes / 1e6 / seconds,
        eta);
    err.flush();
  }

  void finish() {
    err.println();
    err.flush();
  }
}
