package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.module.MiningRevenue;
import org.sovereign.power.registry.NewSite;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;
import org.sovereign.power.report.EnergyReport;
import org.sovereign.power.report.EnergyReports;

/**
 * The monthly energy report over a month of meter readings (bulk-loaded with COPY: ingestion is
 * benchmarked separately) against the anchor of a plain scan summing the same rows.
 */
public final class MeteringBench {
  private MeteringBench() {}

  public static void run(PrintWriter out, Path dataDir, int sites, int intervalSeconds) {
    SovereignConfig config = SovereignConfig.defaults().withHttpPort(0).withDataDirectory(dataDir);
    try (SovereignRuntime runtime =
        SovereignRuntime.open(config, Pillars.all(), Clock.systemUTC())) {
      var s = runtime.services();
      Registry registry = new Registry(s.tx(), s.audit(), s.clock(), s.organisations());
      registry.addNode(Actor.SYSTEM, "N1", "Bench node", 10_000_000L);
      List<Site> fleet = new ArrayList<>();
      for (int i = 0; i < sites; i++) {
        fleet.add(
            registry.register(
                Actor.SYSTEM,
                new NewSite(
                    "Bench site " + i,
                    "N1",
                    i % 3 == 0 ? "ai" : "mining",
                    i % 3 == 0 ? "firm" : "interruptible",
                    50_000L,
                    0L,
                    25_000L,
                    null,
                    null,
                    8_000L,
                    2_400L,
                    8,
                    1_000_000L,
                    false,
                    null)));
      }
      YearMonth month = YearMonth.of(2026, 11);
      Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      long rows =
          load(
              s.tx(),
              fleet,
              from,
              month.lengthOfMonth() * 86_400 / intervalSeconds,
              intervalSeconds,
              out);
      s.tx().useTransaction(h -> h.execute("ANALYZE meter_readings"));
      EnergyReports reports = new EnergyReports(s.tx(), registry, () -> MiningRevenue.NONE);
      reports.of(month);
      long start = System.nanoTime();
      EnergyReport report = reports.of(month);
      double seconds = (System.nanoTime() - start) / 1e9;
      long anchorStart = System.nanoTime();
      long sum =
          s.tx()
              .read(
                  h -> h.createQuery("SELECT sum(kw) FROM meter_readings").mapTo(Long.class).one());
      double anchor = (System.nanoTime() - anchorStart) / 1e9;
      out.printf(
          "Monthly energy report over %,d readings (%d sites, every %d s, %s)%n",
          rows, sites, intervalSeconds, month);
      out.printf(
          "  report                %7.2f s  %,12.0f readings/s  (goal <= 10 s for 21.6M)%n",
          seconds, rows / seconds);
      out.printf(
          "  anchor: sum(kw) scan  %7.2f s  %,12.0f readings/s  (report = %.1f× the scan)%n",
          anchor, rows / anchor, seconds / anchor);
      out.printf("  (%d site lines, checksum %d)%n", report.sites().size(), sum % 1000);
      out.flush();
    }
  }

  private static long load(
      org.sovereign.platform.db.Tx tx,
      List<Site> fleet,
      Instant from,
      int steps,
      int interval,
      PrintWriter out) {
    long rows = 0;
    for (int i = 0; i < fleet.size(); i++) {
      Site site = fleet.get(i);
      StringBuilder copy = new StringBuilder(steps * 40);
      for (int t = 0; t < steps; t++) {
        long kw = 40_000 + (t * 7919L + i * 104729L) % 10_000;
        copy.append(site.orgId().value())
            .append('\t')
            .append(from.plusSeconds((long) t * interval))
            .append('\t')
            .append(kw)
            .append("\tf\n");
      }
      tx.useTransaction(
          h -> {
            try {
              h.getConnection()
                  .unwrap(PGConnection.class)
                  .getCopyAPI()
                  .copyIn(
                      "COPY meter_readings (site_id, at, kw, estimated) FROM STDIN",
                      new StringReader(copy.toString()));
            } catch (SQLException | java.io.IOException e) {
              throw new IllegalStateException(e);
            }
          });
      rows += steps;
      if (i % 50 == 49) {
        out.printf("\r  loaded %,d readings", rows);
        out.flush();
      }
    }
    out.println();
    return rows;
  }
}
