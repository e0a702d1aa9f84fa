package org.sovereign.app.cli;

import java.io.PrintWriter;

/** A one-line progress bar on standard error: percentage, count, rate and time left. */
public final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final long startNanos = System.nanoTime();

  public ProgressBar(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = Math.max(total, 1);
  }

  public void update(long done) {
    double fraction = Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    double rate = done / seconds;
    long etaSeconds = rate > 0 ? (long) ((total - done) / rate) : 0;
    err.printf(
        "\r%s [%s%s] %3.0f%% %,d/%,d  %,.0f/s  ETA %ds",
        label,
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        fraction * 100,
        done,
        total,
        rate,
        etaSeconds);
    err.flush();
  }

  public void finish(long done) {
    update(done);
    err.println();
    err.flush();
  }
}
