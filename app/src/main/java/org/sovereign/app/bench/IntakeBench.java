package org.sovereign.app.bench;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.supervision.reporting.Snapshots;

/**
 * A liability snapshot of N generated customers streamed through intake (parse, check, COPY,
 * duplicate check, leaf order, Merkle-sum tree, chunks stored) on a throwaway embedded PostgreSQL,
 * against the anchor of a bare COPY of the same CSV into an unindexed table.
 */
public final class IntakeBench {
  private IntakeBench() {}

  public static void run(PrintWriter out, Path dataDir, int customers, int assets) {
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      var s = runtime.services();
      OrgId org = BenchVasp.register(s);
      Snapshots snapshots = new Snapshots(s.tx(), s.audit(), s.clock());
      long anchorStart = System.nanoTime();
      s.tx()
          .useTransaction(
              h -> {
                h.execute(
                    "CREATE TEMP TABLE anchor (customer_id TEXT"
                        + columns(assets)
                        + ") ON COMMIT DROP");
                try {
                  h.getConnection()
                      .unwrap(PGConnection.class)
                      .getCopyAPI()
                      .copyIn(
                          "COPY anchor FROM STDIN (FORMAT csv, HEADER true)",
                          new GeneratedCsv(customers, assets));
                } catch (SQLException | java.io.IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      double anchor = (System.nanoTime() - anchorStart) / 1e9;
      MemoryWatch memory = MemoryWatch.start();
      long start = System.nanoTime();
      var upload =
          snapshots.upload(
              Actor.SYSTEM,
              org,
              Instant.parse("2026-11-01T00:00:00Z"),
              Snapshots.Format.CSV,
              List.of(),
              new GeneratedCsv(customers, assets));
      double seconds = (System.nanoTime() - start) / 1e9;
      long peak = memory.stop();
      out.printf("Snapshot intake, %,d customers, %d asset(s)%n", customers, assets);
      out.printf(
          "  intake + tree          %8.2f s  %,10.0f rows/s  root %s…%n",
          seconds, customers / seconds, upload.snapshot().rootHash().substring(0, 16));
      out.printf(
          "  anchor: bare COPY      %8.2f s  %,10.0f rows/s  (intake = %.1f× the COPY)%n",
          anchor, customers / anchor, seconds / anchor);
      out.printf(
          "  peak heap during intake %,d MiB (max heap %,d MiB)%n",
          peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
      out.flush();
    }
  }

  private static String columns(int assets) {
    StringBuilder out = new StringBuilder();
    for (int a = 0; a < assets; a++) {
      out.append(", b").append(a).append(" BIGINT");
    }
    return out.toString();
  }

  /** CSV made on the fly, so the test data never sits in memory either. */
  static final class GeneratedCsv extends InputStream {
    private final int customers;
    private final int assets;
    private byte[] line;
    private int at;
    private int row = -1;

    GeneratedCsv(int customers, int assets) {
      this.customers = customers;
      this.assets = assets;
      StringBuilder header = new StringBuilder("customer_id");
      for (String code : List.of("BTC", "USDT", "ETH").subList(0, assets)) {
        header.append(',').append(code);
      }
      line = (header + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      if (at == line.length && !advance()) {
        return -1;
      }
      return line[at++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == line.length && !advance()) {
        return -1;
      }
      int n = Math.min(len, line.length - at);
      System.arraycopy(line, at, b, off, n);
      at += n;
      return n;
    }

    private boolean advance() {
      if (++row >= customers) {
        return false;
      }
      StringBuilder text = new StringBuilder(48).append("cust-").append(row);
      for (int a = 0; a < assets; a++) {
        text.append(',').append((row * 7919L + a * 104729L) % 50_000_000L);
      }
      line = text.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
      at = 0;
      return true;
    }
  }

  /** Samples used heap every 50 ms on a daemon thread. */
  static final class MemoryWatch {
    private volatile boolean running = true;
    private volatile long peak;
    private Thread thread;

    static MemoryWatch start() {
      MemoryWatch w = new MemoryWatch();
      w.thread =
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    while (w.running) {
                      Runtime r = Runtime.getRuntime();
                      w.peak = Math.max(w.peak, r.totalMemory() - r.freeMemory());
                      try {
                        Thread.sleep(50);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
      return w;
    }

    long stop() {
      running = false;
      thread.interrupt();
      return peak;
    }
  }
}
