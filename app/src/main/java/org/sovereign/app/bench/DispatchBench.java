package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.sovereign.power.dispatch.CurtailmentRequest;
import org.sovereign.power.dispatch.Decision;
import org.sovereign.power.dispatch.DispatchSite;
import org.sovereign.power.dispatch.MeritOrder;

/**
 * Real-time dispatch decisions for a fleet of generated sites: the latency of each decision (p50,
 * p99, max) against the anchor of sorting the fleet by value on every request, as a merit order
 * without presorting would.
 */
public final class DispatchBench {
  private DispatchBench() {}

  public static void run(PrintWriter out, int sites, int requests) {
    SplittableRandom random = new SplittableRandom(2026);
    List<DispatchSite> fleet = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      int load = 1_000 + random.nextInt(60_000);
      fleet.add(
          new DispatchSite(
              i,
              random.nextInt(20),
              random.nextInt(10) < 7,
              4_000 + random.nextInt(12_000),
              load,
              0,
              50 + random.nextInt(2_000),
              1_000_000));
    }
    MeritOrder order = new MeritOrder(fleet, 20);
    CurtailmentRequest[] batch = new CurtailmentRequest[requests];
    for (int i = 0; i < requests; i++) {
      batch[i] =
          new CurtailmentRequest(
              "r" + i,
              random.nextInt(3) == 0 ? -1 : random.nextInt(20),
              10_000 + random.nextInt(1_500_000),
              10 + random.nextInt(300));
    }
    long sink = 0;
    for (int i = 0; i < Math.min(requests, 20_000); i++) {
      sink += order.decide(batch[i]).shortfallKw();
    }
    long[] latency = new long[requests];
    for (int i = 0; i < requests; i++) {
      long t = System.nanoTime();
      Decision d = order.decide(batch[i]);
      latency[i] = System.nanoTime() - t;
      sink += d.instructions().size();
    }
    Arrays.sort(latency);
    DispatchSite[] array = fleet.toArray(DispatchSite[]::new);
    Comparator<DispatchSite> byValue = Comparator.comparingLong(DispatchSite::valueCentsPerMwh);
    int anchorRuns = Math.max(100, requests / 20);
    long[] anchor = new long[anchorRuns];
    for (int i = 0; i < anchorRuns; i++) {
      DispatchSite[] copy = array.clone();
      long t = System.nanoTime();
      Arrays.sort(copy, byValue);
      anchor[i] = System.nanoTime() - t;
      sink += copy[0].id();
    }
    Arrays.sort(anchor);
    out.printf(
        "Dispatch decisions, %,d sites (%,d interruptible), %,d requests%n",
        sites, order.sites(), requests);
    out.printf(
        "  merit order (presorted)  p50 %6.1f µs   p99 %6.1f µs   max %7.1f µs   (goal p99 <= 100 µs)%n",
        latency[requests / 2] / 1e3,
        latency[requests * 99 / 100] / 1e3,
        latency[requests - 1] / 1e3);
    out.printf(
        "  anchor: sort the fleet   p50 %6.1f µs   p99 %6.1f µs   (presorting is %.0f× faster at p50)%n",
        anchor[anchorRuns / 2] / 1e3,
        anchor[anchorRuns * 99 / 100] / 1e3,
        (double) anchor[anchorRuns / 2] / Math.max(1, latency[requests / 2]));
    out.printf("  (checksum %d)%n", sink);
    out.flush();
  }
}
