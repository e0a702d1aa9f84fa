package org.sovereign.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.power.dispatch.CurtailmentRequest;
import org.sovereign.power.dispatch.Decision;
import org.sovereign.power.dispatch.DispatchSite;
import org.sovereign.power.dispatch.MeritOrder;

/** One curtailment decision for 5,000 sites, against sorting the fleet by value per request. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class DispatchBenchmark {
  private MeritOrder order;
  private DispatchSite[] fleet;
  private CurtailmentRequest[] requests;
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2026);
    List<DispatchSite> sites = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      sites.add(
          new DispatchSite(
              i,
              random.nextInt(20),
              random.nextInt(10) < 7,
              4_000 + random.nextInt(12_000),
              1_000 + random.nextInt(60_000),
              0,
              50 + random.nextInt(2_000),
              1_000_000));
    }
    order = new MeritOrder(sites, 20);
    fleet = sites.toArray(DispatchSite[]::new);
    requests = new CurtailmentRequest[4_096];
    for (int i = 0; i < requests.length; i++) {
      requests[i] =
          new CurtailmentRequest(
              "r" + i,
              random.nextInt(3) == 0 ? -1 : random.nextInt(20),
              10_000 + random.nextInt(1_500_000),
              10 + random.nextInt(300));
    }
  }

  @Benchmark
  public Decision decide() {
    return order.decide(requests[next++ & 4_095]);
  }

  @Benchmark
  public DispatchSite[] anchorSortFleet() {
    DispatchSite[] copy = fleet.clone();
    Arrays.sort(copy, Comparator.comparingLong(DispatchSite::valueCentsPerMwh));
    return copy;
  }
}
