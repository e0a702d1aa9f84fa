package org.sovereign.power.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sovereign.platform.db.Tx;

/**
 * What the released load took beyond the surplus, and what curtailment gave back. Backup: for every
 * node and hour with a stored surplus forecast, the metered load of its sites above the forecast
 * surplus (energy the grid had to generate for them). Curtailed: for every shed instruction, the
 * metered load below the site's baseline from the deadline until its last restore stage (four hours
 * when it was never restored), each reading held as in the energy integration.
 */
final class GridBalance {
  private static final BigDecimal KW_MINUTES_PER_MWH = BigDecimal.valueOf(60_000);

  /** Backup energy and the node-hours it covers (those with load and a forecast, of all loaded). */
  record Backup(BigDecimal mwh, int nodeHoursForecast, int nodeHoursLoaded) {}

  private final Tx tx;

  GridBalance(Tx tx) {
    this.tx = tx;
  }

  Backup backup(
      Instant from,
      Instant to,
      Map<Long, Long> nodeOfSite,
      Map<Long, Map<Integer, BigDecimal>> hourlyKwMinutes) {
    Map<Long, Map<Integer, BigDecimal>> load = new HashMap<>();
    hourlyKwMinutes.forEach(
        (site, hours) -> {
          Long node = nodeOfSite.get(site);
          if (node != null) {
            Map<Integer, BigDecimal> byHour = load.computeIfAbsent(node, k -> new HashMap<>());
            hours.forEach((hour, e) -> byHour.merge(hour, e, BigDecimal::add));
          }
        });
    Map<Long, Map<Integer, Long>> forecast = forecast(from, to);
    BigDecimal kwMinutes = BigDecimal.ZERO;
    int covered = 0;
    int loaded = 0;
    for (var node : load.entrySet()) {
      Map<Integer, Long> surplus = forecast.getOrDefault(node.getKey(), Map.of());
      for (var hour : node.getValue().entrySet()) {
        loaded++;
        Long kw = surplus.get(hour.getKey());
        if (kw != null) {
          covered++;
          BigDecimal beyond = hour.getValue().subtract(BigDecimal.valueOf(kw * 60));
          if (beyond.signum() > 0) {
            kwMinutes = kwMinutes.add(beyond);
          }
        }
      }
    }
    return new Backup(mwh(kwMinutes), covered, loaded);
  }

  BigDecimal curtailed(Instant from, Instant to) {
    return mwh(
        tx.read(
            h ->
                h.createQuery(
                        "WITH shed AS (SELECT i.site_id, i.baseline_kw, i.deadline AS start,"
                            + " coalesce((SELECT max(r.deadline) FROM curtail_instructions r"
                            + " WHERE r.kind = 'RESTORE' AND r.curtailment_id = i.curtailment_id"
                            + " AND r.site_id = i.site_id), i.deadline + interval '4 hours') AS stop"
                            + " FROM curtail_instructions i WHERE i.kind = 'SHED' AND i.baseline_kw IS NOT NULL"
                            + " AND i.deadline >= :from AND i.deadline < :to),"
                            + " held AS (SELECT s.baseline_kw, m.kw, LEAST(15, EXTRACT(EPOCH FROM"
                            + " (coalesce(lead(m.at) OVER (PARTITION BY s.site_id, s.start ORDER BY m.at), s.stop)"
                            + " - m.at)) / 60)::numeric AS minutes FROM shed s JOIN meter_readings m"
                            + " ON m.site_id = s.site_id AND m.at >= s.start AND m.at < s.stop)"
                            + " SELECT coalesce(sum(GREATEST(0, baseline_kw - kw) * minutes), 0) FROM held")
                    .bind("from", from)
                    .bind("to", to)
                    .mapTo(BigDecimal.class)
                    .one()));
  }

  private Map<Long, Map<Integer, Long>> forecast(Instant from, Instant to) {
    Map<Long, Map<Integer, Long>> out = new HashMap<>();
    tx.read(
        h ->
            h.createQuery(
                    "SELECT node_id, (EXTRACT(EPOCH FROM hour - :from) / 3600)::int, kw"
                        + " FROM surplus_forecast WHERE hour >= :from AND hour < :to")
                .bind("from", from)
                .bind("to", to)
                .map(
                    (rs, ctx) -> {
                      out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                          .put(rs.getInt(2), rs.getLong(3));
                      return 1;
                    })
                .list());
    return out;
  }

  private static BigDecimal mwh(BigDecimal kwMinutes) {
    return kwMinutes.divide(KW_MINUTES_PER_MWH, 3, RoundingMode.HALF_EVEN);
  }
}
