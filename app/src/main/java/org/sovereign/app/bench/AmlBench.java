package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.supervision.aml.TransferMonitor;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.aml.rules.RuleSetFile;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * Transaction monitoring end to end on a throwaway embedded PostgreSQL: generated transfers are
 * offered at a fixed rate in batches (open loop), each batch stored, run through the default rules
 * and its alerts raised in one transaction; latency runs from a batch's scheduled arrival to its
 * commit, so queueing behind a slow batch counts.
 */
public final class AmlBench {
  private AmlBench() {}

  public static void run(PrintWriter out, Path dataDir, int seconds, int rate, int batch) {
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      var s = runtime.services();
      OrgId org = BenchVasp.register(s);
      Cases cases = new Cases(s.tx(), s.audit(), s.clock());
      TransferMonitor monitor =
          new TransferMonitor(
              s.tx(), s.audit(), s.clock(), cases, RuleSetFile.defaults(), Rule.Lookups.NONE);
      TransferGenerator generator =
          new TransferGenerator(org, 50_000, 42, Instant.parse("2026-01-01T00:00:00Z"));
      warmUp(monitor, org, generator, batch);
      long intervalNanos = 1_000_000_000L * batch / rate;
      int batches = (int) ((long) seconds * rate / batch);
      long[] latencies = new long[batches];
      int alerts = 0;
      long begin = System.nanoTime();
      ProgressLine progress = new ProgressLine(out, batches);
      for (int b = 0; b < batches; b++) {
        long scheduled = begin + b * intervalNanos;
        long wait = scheduled - System.nanoTime();
        if (wait > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        List<Transfer> transfers = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
          transfers.add(generator.next());
        }
        alerts += monitor.ingest(Actor.SYSTEM, org, transfers).cases().size();
        latencies[b] = System.nanoTime() - scheduled;
        progress.step(b + 1);
      }
      double elapsed = (System.nanoTime() - begin) / 1e9;
      long total = (long) batches * batch;
      Arrays.sort(latencies);
      out.println();
      out.printf(
          "AML monitoring, default rules, %d transfers in batches of %d offered at %,d/s%n",
          total, batch, rate);
      out.printf(
          "  sustained            %,10.0f transfers/s over %.1f s (goal >= 3,000/s for 5 min)%n",
          total / elapsed, elapsed);
      out.printf(
          "  latency to commit    p50 %.1f ms, p99 %.1f ms, max %.1f ms (goal p99 <= 35 ms)%n",
          latencies[batches / 2] / 1e6,
          latencies[Math.min(batches - 1, batches * 99 / 100)] / 1e6,
          latencies[batches - 1] / 1e6);
      out.printf(
          "  alerts raised        %,d (%.2f%% of transfers)%n", alerts, 100.0 * alerts / total);
      out.printf(
          "  anchor (published)   Tazama: 2,497 transfers/s at 18 ms mean on ~1,500 vCPUs%n");
      out.flush();
    }
  }

  private static void warmUp(
      TransferMonitor monitor, OrgId org, TransferGenerator generator, int batch) {
    for (int b = 0; b < 40; b++) {
      List<Transfer> transfers = new ArrayList<>();
      for (int i = 0; i < batch; i++) {
        transfers.add(generator.next());
      }
      monitor.ingest(Actor.SYSTEM, org, transfers);
    }
  }

  /** A one-line progress indicator on the same line. */
  private static final class ProgressLine {
    private final PrintWriter out;
    private final int total;
    private int shown = -1;

    ProgressLine(PrintWriter out, int total) {
      this.out = out;
      this.total = total;
    }

    void step(int done) {
      int percent = (int) (100L * done / total);
      if (percent != shown) {
        shown = percent;
        out.print(
            "\r  ["
                + "#".repeat(percent / 5)
                + " ".repeat(20 - percent / 5)
                + "] "
                + percent
                + "%");
        out.flush();
      }
    }
  }
}
