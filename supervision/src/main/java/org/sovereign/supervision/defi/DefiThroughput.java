package org.sovereign.supervision.defi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.EventDecoder;
import org.sovereign.supervision.defi.decode.LogDecoder;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.rpc.TxParties;
import org.sovereign.supervision.defi.rules.Decoded;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.Effects;
import org.sovereign.supervision.defi.rules.PlatformEvaluator;
import org.sovereign.supervision.defi.rules.PlatformIndex;
import org.sovereign.supervision.defi.rules.PlatformState;
import org.sovereign.supervision.defi.rules.Screening;

/**
 * Throughput measurements of the monitor's stages, for benchmarks: fetching alone, fetching with
 * decoding and evaluating (no database), and decoding with evaluating over logs in memory. The
 * end-to-end figure (into PostgreSQL) is {@link ChainFollower#pollOnce()}'s {@link PollResult}.
 */
public final class DefiThroughput {
  /** Logs handled in a run and how long it took. */
  public record Report(String stage, long logs, long decoded, long findings, Duration elapsed) {
    public double logsPerSecond() {
      return elapsed.isZero() ? 0 : logs * 1e9 / elapsed.toNanos();
    }
  }

  private DefiThroughput() {}

  /**
   * {@code eth_getLogs} alone over the platform's filters, in ranges sized as the follower sizes
   * them (about {@code targetLogs} logs each, at most {@code maxChunk} blocks).
   */
  public static Report fetch(EvmRpc rpc, Platform platform, long to, FollowerOptions options) {
    PlatformIndex index = new PlatformIndex(platform);
    long started = System.nanoTime();
    long logs = 0;
    long chunk = Math.min(options.maxChunk(), RangeFetcher.FIRST_CHUNK);
    for (long a = platform.startBlock(); a <= to; ) {
      long b = Math.min(to, a + chunk - 1);
      long found = 0;
      for (LogQuery q : index.queries(a, b)) {
        found += rpc.logs(q).size();
      }
      logs += found;
      long ideal =
          found == 0 ? Long.MAX_VALUE : Math.max(1, options.targetLogs() * (b - a + 1) / found);
      chunk = Math.max(1, Math.min(options.maxChunk(), Math.min(ideal, chunk * 2)));
      a = b + 1;
    }
    return new Report("fetch", logs, 0, 0, Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Fetches (with headers and mint senders, as the follower does), decodes and evaluates the
   * platform's logs from its start, without writing anything.
   */
  public static Report fetchDecodeEvaluate(
      EvmRpc rpc,
      Platform platform,
      DefiRules rules,
      Watchlist watchlist,
      long to,
      FollowerOptions options) {
    PlatformIndex index = new PlatformIndex(platform);
    PlatformState state = new PlatformState(index, rules, platform.startBlock() - 1, null);
    state.seeded(true);
    Screening screening = new Screening(watchlist);
    RangeFetcher fetcher = new RangeFetcher(rpc, new LogDecoder(), options);
    long head = rpc.headNumber();
    long started = System.nanoTime();
    long logs = 0;
    long decoded = 0;
    long findings = 0;
    while (state.syncedBlock() < to) {
      RangeFetcher.Fetched f =
          fetcher.fetch(List.of(index), state.syncedBlock() + 1, to, head, Set.of());
      Effects effects = new Effects();
      new PlatformEvaluator(state, screening, platform.chainId(), rules.version(), effects)
          .evaluate(f.logs(), n -> f.headers().get(n).timestamp(), f.txs(), f.to());
      logs += f.rawLogs();
      decoded += f.logs().size();
      findings += effects.findings.size();
    }
    return new Report(
        "fetch+decode+evaluate",
        logs,
        decoded,
        findings,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** Decodes with {@code decoder} and evaluates logs already in memory, from a fresh state. */
  public static Report decodeEvaluate(
      List<EvmLog> logs,
      Map<Long, Instant> times,
      Platform platform,
      DefiRules rules,
      Watchlist watchlist,
      EventDecoder decoder) {
    long started = System.nanoTime();
    Effects effects = run(logs, times, platform, rules, watchlist, decoder);
    return new Report(
        "decode+evaluate",
        logs.size(),
        effects.events.size(),
        effects.findings.size(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** One pass of decoding and evaluating (what the benchmarks time); returns the effects. */
  public static Effects run(
      List<EvmLog> logs,
      Map<Long, Instant> times,
      Platform platform,
      DefiRules rules,
      Watchlist watchlist,
      EventDecoder decoder) {
    PlatformIndex index = new PlatformIndex(platform);
    PlatformState state = new PlatformState(index, rules, platform.startBlock() - 1, null);
    state.seeded(true);
    java.util.ArrayList<Decoded> decoded = new java.util.ArrayList<>(logs.size());
    long last = 0;
    for (EvmLog log : logs) {
      var event = decoder.decode(log);
      if (event != null) {
        decoded.add(new Decoded(log, event));
      }
      last = Math.max(last, log.blockNumber());
    }
    Effects effects = new Effects();
    Map<String, TxParties> none = Map.of();
    new PlatformEvaluator(
            state, new Screening(watchlist), platform.chainId(), rules.version(), effects)
        .evaluate(decoded, times::get, none, last);
    return effects;
  }
}
