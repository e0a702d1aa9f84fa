package org.sovereign.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.sovereign.app.bench.TransferGenerator;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.aml.rules.Decision;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.aml.rules.RuleEngine;
import org.sovereign.supervision.aml.rules.RuleSetFile;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * The in-memory part of transaction monitoring: the default rules and typologies over one generated
 * transfer (windows included), against the anchor of a hash-map update per transfer keyed by the
 * same customer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RuleEngineBenchmark {
  private final List<Transfer> transfers = new ArrayList<>();
  private final Map<String, Long> totals = new HashMap<>();
  private RuleEngine engine;
  private int next;

  @Setup
  public void setUp() {
    TransferGenerator generator =
        new TransferGenerator(new OrgId(1), 50_000, 42, Instant.parse("2026-01-01T00:00:00Z"));
    for (int i = 0; i < 200_000; i++) {
      transfers.add(generator.next());
    }
    engine = new RuleEngine(RuleSetFile.defaults());
  }

  @Benchmark
  public Decision evaluate() {
    Transfer t = transfers.get(next++ % transfers.size());
    return engine.evaluate(t, Rule.Lookups.NONE);
  }

  @Benchmark
  public Long anchorMapUpdate() {
    Transfer t = transfers.get(next++ % transfers.size());
    return totals.merge(t.customerKey(), t.valueUsdCents(), Long::sum);
  }
}
