package org.sovereign.power.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sovereign.platform.db.Tx;

/**
 * Metered energy in PostgreSQL: each reading's power held until the next one (at most 15 minutes,
 * so a meter gap is not billed as load), in kW-minutes per site and hour, with the estimated share.
 * The sites are split into one group per processor, each integrated on its own connection at the
 * same time (PostgreSQL runs one window function on one core).
 */
final class MeterEnergy {
  /** Per site: total and estimated kW-minutes; per site and hour (from the start): kW-minutes. */
  record Result(Map<Long, BigDecimal[]> totals, Map<Long, Map<Integer, BigDecimal>> hourly) {}

  private static final BigDecimal MS_PER_MINUTE = BigDecimal.valueOf(60_000);

  private final Tx tx;

  /** kW-milliseconds (exact integers: bigint arithmetic is far cheaper than numeric) in kW-min. */
  private static BigDecimal kwMinutes(BigDecimal kwMs) {
    return kwMs.divide(MS_PER_MINUTE, 6, java.math.RoundingMode.HALF_EVEN);
  }

  MeterEnergy(Tx tx) {
    this.tx = tx;
  }

  Result integrate(Instant from, Instant to, List<Long> siteIds) {
    int groups = Math.max(1, Math.min(siteIds.size(), Runtime.getRuntime().availableProcessors()));
    List<List<Long>> parts = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      parts.add(new ArrayList<>());
    }
    for (int i = 0; i < siteIds.size(); i++) {
      parts.get(i % groups).add(siteIds.get(i));
    }
    Map<Long, BigDecimal[]> totals = new ConcurrentHashMap<>();
    Map<Long, Map<Integer, BigDecimal>> hourly = new ConcurrentHashMap<>();
    try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>();
      for (List<Long> part : parts) {
        futures.add(pool.submit(() -> integrate(from, to, part, totals, hourly)));
      }
      for (var f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while integrating meter readings", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("integrating meter readings failed", e.getCause());
    }
    return new Result(new TreeMap<>(totals), hourly);
  }

  private void integrate(
      Instant from,
      Instant to,
      List<Long> sites,
      Map<Long, BigDecimal[]> totals,
      Map<Long, Map<Integer, BigDecimal>> hourly) {
    tx.inTransaction(
        h -> {
          // hundreds of thousands of (site, hour) groups: keep the hash aggregate in memory
          h.execute("SET LOCAL work_mem = '256MB'");
          return h.createQuery(
                  "SELECT site_id, date_bin('1 hour', at, :from),"
                      + " sum(kw * ms), sum(CASE WHEN estimated THEN kw * ms ELSE 0 END) FROM ("
                      + " SELECT site_id, at, kw, estimated, LEAST(900000, round(date_part('epoch', coalesce(lead(at) OVER w, :to) - at) * 1000)::bigint) AS ms"
                      + " FROM meter_readings WHERE site_id = ANY(:sites) AND at >= :from AND at < :to"
                      + " WINDOW w AS (PARTITION BY site_id ORDER BY at)) r GROUP BY 1, 2")
              .bind("from", from)
              .bind("to", to)
              .bind("sites", sites.toArray(Long[]::new))
              .map(
                  (rs, ctx) -> {
                    long site = rs.getLong(1);
                    int hour =
                        (int)
                            ((rs.getTimestamp(2).toInstant().getEpochSecond()
                                    - from.getEpochSecond())
                                / 3600);
                    BigDecimal energy = kwMinutes(rs.getBigDecimal(3));
                    BigDecimal estimated = kwMinutes(rs.getBigDecimal(4));
                    totals.merge(
                        site,
                        new BigDecimal[] {energy, estimated},
                        (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
                    hourly.computeIfAbsent(site, k -> new ConcurrentHashMap<>()).put(hour, energy);
                    return 1;
                  })
              .list();
        });
  }
}
