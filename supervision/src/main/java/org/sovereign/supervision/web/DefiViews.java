package org.sovereign.supervision.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.web.Charts;
import org.sovereign.supervision.defi.DefiMonitor;
import org.sovereign.supervision.defi.DefiReads;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;

/** The DeFi console's views: chain progress, and the platforms' series in whole units. */
public final class DefiViews {
  private static final int MAX_POINTS = 500;
  private static final int FEW = 100;

  private DefiViews() {}

  /** A followed chain with its monitor's last poll (null before the first) and last error. */
  public record ChainView(
      long chainId,
      String name,
      String rpcUrl,
      int confirmations,
      Long checkpointBlock,
      Instant checkpointTime,
      Long head,
      Instant lastPollAt,
      String lastError,
      Instant lastErrorAt,
      List<DefiReads.PlatformProgress> platforms) {}

  /** One watched platform on a chain, for the overview. */
  public record PlatformLine(long orgId, String name, long chainId, int contracts, int alerts) {}

  /** A named series in whole units (e.g. a pool's value locked in USDX). */
  public record Series(String name, String unit, long chainId, List<Charts.TimePoint> points) {}

  static List<ChainView> chains(DefiReads reads, DefiMonitor monitor) {
    List<ChainView> out = new ArrayList<>();
    for (DefiReads.ChainStatus c : reads.chains()) {
      var activity = monitor.activity(c.chainId());
      out.add(
          new ChainView(
              c.chainId(),
              c.name(),
              c.rpcUrl(),
              c.confirmations(),
              c.checkpointBlock(),
              c.checkpointTime(),
              activity.map(a -> a.lastPoll() == null ? null : a.lastPoll().head()).orElse(null),
              activity.map(DefiMonitor.ChainActivity::lastPollAt).orElse(null),
              activity.map(DefiMonitor.ChainActivity::lastError).orElse(null),
              activity.map(DefiMonitor.ChainActivity::lastErrorAt).orElse(null),
              c.platforms()));
    }
    return out;
  }

  /** Value locked of every declared pool and treasury, in its quote token's whole units. */
  static List<Series> valueLocked(DefiReads reads, List<Platform> platforms, OrgId org) {
    List<Series> out = new ArrayList<>();
    for (Platform p : platforms) {
      for (DeclaredContract c : p.contracts()) {
        String quote =
            c instanceof DeclaredContract.Pool pool
                ? pool.quote()
                : c instanceof DeclaredContract.Treasury t ? t.quote() : null;
        if (quote == null) {
          continue;
        }
        var points =
            fetch((from, to, r) -> reads.valueLocked(org, p.chainId(), c.address(), from, to, r));
        out.add(
            new Series(
                c.label(), symbol(p, quote), p.chainId(), whole(points, decimals(p, quote))));
      }
    }
    return out;
  }

  /** Each pool's reserves of its two tokens, in whole units. */
  static List<Series> reserves(DefiReads reads, List<Platform> platforms, OrgId org) {
    List<Series> out = new ArrayList<>();
    for (Platform p : platforms) {
      for (DeclaredContract.Pool pool : p.contracts(DeclaredContract.Pool.class)) {
        for (String token : List.of(pool.token0(), pool.token1())) {
          var points =
              fetch(
                  (from, to, r) ->
                      reads.balances(org, p.chainId(), pool.address(), token, from, to, r));
          out.add(
              new Series(
                  pool.label() + " · " + symbol(p, token),
                  symbol(p, token),
                  p.chainId(),
                  whole(points, decimals(p, token))));
        }
      }
    }
    return out;
  }

  /** Each oracle's answers, in its own decimals. */
  static List<Series> oracle(DefiReads reads, List<Platform> platforms, OrgId org) {
    List<Series> out = new ArrayList<>();
    for (Platform p : platforms) {
      for (DeclaredContract.Oracle o : p.contracts(DeclaredContract.Oracle.class)) {
        var points =
            fetch((from, to, r) -> reads.oracleAnswers(org, p.chainId(), o.address(), from, to, r));
        out.add(new Series(o.label(), "price", p.chainId(), whole(points, o.decimals())));
      }
    }
    return out;
  }

  /** The series as step lines, each held at its last value up to the latest point of any. */
  static String chart(List<Series> series) {
    Map<String, List<Charts.TimePoint>> lines = new LinkedHashMap<>();
    String unit = series.getFirst().unit();
    Instant end =
        series.stream()
            .flatMap(s -> s.points().stream())
            .map(Charts.TimePoint::at)
            .max(Instant::compareTo)
            .orElse(null);
    for (Series s : series) {
      List<Charts.TimePoint> points = new ArrayList<>(s.points());
      if (!points.isEmpty() && points.getLast().at().isBefore(end)) {
        points.add(new Charts.TimePoint(end, points.getLast().value()));
      }
      lines.put(s.name(), points);
      if (!s.unit().equals(unit)) {
        unit = "";
      }
    }
    return Charts.timeSteps(lines, unit);
  }

  static String valueLockedCsv(List<Series> series) {
    StringBuilder csv = new StringBuilder("chain_id,contract_label,unit,time,value\n");
    for (Series s : series) {
      for (Charts.TimePoint p : s.points()) {
        csv.append(s.chainId())
            .append(',')
            .append(org.sovereign.platform.web.CsvCells.cell(s.name()))
            .append(',')
            .append(org.sovereign.platform.web.CsvCells.cell(s.unit()))
            .append(',')
            .append(p.at())
            .append(',')
            .append(((BigDecimal) p.value()).toPlainString())
            .append('\n');
      }
    }
    return csv.toString();
  }

  private interface SeriesQuery {
    List<DefiReads.MetricPoint> read(Instant from, Instant to, DefiReads.Resolution r);
  }

  /** Hourly points, or every changing block when there are few hours of history. */
  private static List<DefiReads.MetricPoint> fetch(SeriesQuery query) {
    Instant from = Instant.EPOCH;
    Instant to = Instant.now().plus(1, ChronoUnit.DAYS);
    List<DefiReads.MetricPoint> hourly = query.read(from, to, DefiReads.Resolution.HOUR);
    return hourly.size() >= FEW ? hourly : query.read(from, to, DefiReads.Resolution.BLOCK);
  }

  /**
   * In whole units (six decimals at most), at most {@link #MAX_POINTS} points (the last of each
   * stretch, and the very last).
   */
  private static List<Charts.TimePoint> whole(List<DefiReads.MetricPoint> points, int decimals) {
    int stride = Math.max(1, (points.size() + MAX_POINTS - 1) / MAX_POINTS);
    List<Charts.TimePoint> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if ((i + 1) % stride == 0 || i == points.size() - 1) {
        var p = points.get(i);
        out.add(
            new Charts.TimePoint(
                p.time(),
                new BigDecimal(p.value(), decimals)
                    .setScale(Math.min(decimals, 6), java.math.RoundingMode.DOWN)));
      }
    }
    return out;
  }

  private static String symbol(Platform p, String token) {
    return p.contract(token)
        .filter(DeclaredContract.Token.class::isInstance)
        .map(c -> ((DeclaredContract.Token) c).symbol())
        .orElse(token.substring(0, 10));
  }

  private static int decimals(Platform p, String token) {
    return p.contract(token)
        .filter(DeclaredContract.Token.class::isInstance)
        .map(c -> ((DeclaredContract.Token) c).decimals())
        .orElse(18);
  }
}
