package org.sovereign.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.defi.DefiThroughput;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.LogDecoder;
import org.sovereign.supervision.defi.decode.Web3jLogDecoder;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.defi.sim.SyntheticLoad;

/**
 * The DeFi monitor's hot path over a realistic mix of logs (per round two trader transfers and a
 * pool swap: transfers in and out, Sync, Swap; an oracle answer every five blocks): decoding alone
 * by the hand-written topic switch against web3j's generic decoder, and decoding with the rules
 * evaluated (value locked, flows, price checks, events kept for the console). Scores are logs/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DefiDecodeBenchmark {
  static final int LOGS = 60_000;

  private List<EvmLog> logs;
  private Map<Long, Instant> times;
  private Platform platform;
  private DefiRules rules;
  private final LogDecoder hand = new LogDecoder();
  private final Web3jLogDecoder web3j = new Web3jLogDecoder();

  @Setup
  public void setUp() {
    SyntheticLoad.Load load = SyntheticLoad.generate(LOGS / 6, 50, 42);
    logs = load.logs().subList(0, LOGS);
    times = load.times();
    platform = load.platform();
    rules = DefiRulesFile.defaults();
  }

  @Benchmark
  @OperationsPerInvocation(LOGS)
  public void decodeHand(Blackhole bh) {
    for (EvmLog log : logs) {
      bh.consume(hand.decode(log));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LOGS)
  public void decodeWeb3j(Blackhole bh) {
    for (EvmLog log : logs) {
      bh.consume(web3j.decode(log));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LOGS)
  public Object decodeEvaluateHand() {
    return DefiThroughput.run(logs, times, platform, rules, Watchlist.EMPTY, hand);
  }

  @Benchmark
  @OperationsPerInvocation(LOGS)
  public Object decodeEvaluateWeb3j() {
    return DefiThroughput.run(logs, times, platform, rules, Watchlist.EMPTY, web3j);
  }
}
