package org.sovereign.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.power.curtail.CurtailmentBody;
import org.sovereign.power.curtail.Curtailments;
import org.sovereign.power.curtail.Deliveries;
import org.sovereign.power.curtail.InstructionSigner;
import org.sovereign.power.metering.Reading;
import org.sovereign.power.metering.Readings;
import org.sovereign.power.registry.NewSite;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;

/**
 * The demo's power program: three grid nodes, mining and AI sites, a winter week of 5-minute meter
 * readings, and an evening curtailment two days ago in which one mining site gave back too little
 * and is flagged.
 */
final class DemoPower {
  private static final Actor GRID = new Actor("system:demo-grid");

  private DemoPower() {}

  static void seed(PlatformServices services) {
    Registry registry =
        new Registry(services.tx(), services.audit(), services.clock(), services.organisations());
    registry.addNode(GRID, "JMS", "Jamshoro 500 kV", 900_000L);
    registry.addNode(GRID, "PQM", "Port Qasim 220 kV", 600_000L);
    registry.addNode(GRID, "TRB", "Tarbela 500 kV", 500_000L);
    List<Site> sites = new ArrayList<>();
    sites.add(
        site(
            registry,
            "Port Qasim Mining Park",
            "PQM",
            "mining",
            "interruptible",
            300_000,
            9_000,
            true));
    sites.add(
        site(
            registry,
            "Hyderabad Hash Farm",
            "JMS",
            "mining",
            "interruptible",
            150_000,
            8_500,
            false));
    sites.add(
        site(
            registry, "Nooriabad Miners", "JMS", "mining", "interruptible", 120_000, 7_800, false));
    sites.add(site(registry, "Tarbela AI Campus", "TRB", "ai", "firm", 250_000, 30_000, false));
    sites.add(
        site(registry, "Karachi AI Data Center", "PQM", "ai", "firm", 100_000, 28_000, false));
    Readings readings = new Readings(services.tx(), services.audit());
    Instant now = services.clock().instant().truncatedTo(ChronoUnit.MINUTES);
    Instant weekStart = now.minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    Instant event =
        now.minus(2, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).withHour(13).withMinute(0).toInstant();
    for (Site s : sites) {
      readings.store(GRID, s.orgId(), week(s, weekStart, now, event));
    }
    importForecast(services, registry, weekStart, 21 * 24);
    var costRecovery =
        new org.sovereign.power.report.CostRecovery(
            services.tx(), services.audit(), services.clock());
    java.time.YearMonth month = java.time.YearMonth.from(now.atZone(ZoneOffset.UTC));
    for (java.time.YearMonth m : List.of(month.minusMonths(1), month)) {
      costRecovery.set(
          GRID,
          new org.sovereign.power.report.CostRecovery.RateBody(
              m.toString(), 2_650L, "average cost of supply (illustrative, not a NEPRA figure)"));
    }
    reportPayouts(services, sites, now);
    Curtailments atEvent =
        new Curtailments(
            services.tx(),
            services.audit(),
            Clock.fixed(event, ZoneOffset.UTC),
            registry,
            readings,
            new InstructionSigner(services.tx()),
            new Deliveries(services.tx(), services.clock(), site -> null));
    atEvent.request(
        GRID,
        new CurtailmentBody(
            "evening-peak-" + event.toString().substring(0, 10), null, 200_000L, 120));
    new Curtailments(
            services.tx(),
            services.audit(),
            Clock.fixed(event.plus(Duration.ofMinutes(30)), ZoneOffset.UTC),
            registry,
            readings,
            new InstructionSigner(services.tx()),
            new Deliveries(services.tx(), services.clock(), site -> null))
        .checkCompliance();
  }

  /**
   * Five-minute readings over the week: mining near its contract at night, lower at midday; AI
   * flat. At the evening event the mining sites drop: Nooriabad and Port Qasim fully, Hyderabad
   * only to 80% of what it was told (non-compliant).
   */
  private static List<Reading> week(Site s, Instant from, Instant to, Instant event) {
    List<Reading> out = new ArrayList<>();
    boolean mining = s.kind().equals("MINING");
    for (Instant t = from; t.isBefore(to); t = t.plus(5, ChronoUnit.MINUTES)) {
      int hour = t.atZone(ZoneOffset.UTC).getHour();
      double shape = mining ? (hour >= 5 && hour <= 10 ? 0.7 : 0.95) : 0.85;
      long kw = Math.round(s.contractedKw() * shape);
      boolean shed =
          mining
              && !t.isBefore(event.plus(2, ChronoUnit.MINUTES))
              && t.isBefore(event.plus(Duration.ofHours(2)));
      if (shed) {
        kw = s.name().startsWith("Hyderabad") ? Math.round(kw * 0.55) : s.minimumKw();
      }
      out.add(new Reading(t, kw, false));
    }
    return out;
  }

  private static Site site(
      Registry registry,
      String name,
      String node,
      String kind,
      String contract,
      long kw,
      long value,
      boolean stateOwned) {
    return registry.register(
        GRID,
        new NewSite(
            name,
            node,
            kind,
            contract,
            kw,
            0L,
            kw / 2,
            kind.equals("mining") ? "17.5" : null,
            kind.equals("ai") ? "1.3" : null,
            value,
            2_400L,
            kind.equals("mining") ? 8 : 0,
            kind.equals("mining") ? kw * 30 : 0L,
            stateOwned,
            null,
            kind.equals("mining") ? 5_000L : 0L,
            kind.equals("mining") ? "fast" : "standard",
            stateOwned ? "Government of Pakistan (Ministry of Energy)" : name + " (Pvt) Ltd",
            List.of(node + "-" + name.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + "-01")));
  }

  /** The grid operator's imported hourly forecast for the three nodes, from a week ago. */
  private static void importForecast(
      PlatformServices services, Registry registry, Instant from, int hours) {
    java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
    registry.nodes().forEach(n -> ids.put(n.code(), n.id()));
    var forecast =
        org.sovereign.power.forecast.SyntheticForecast.generate(
            2026, List.copyOf(ids.keySet()), from, hours);
    StringBuilder csv = new StringBuilder("node,time,mw\n");
    for (String node : ids.keySet()) {
      for (int h = 0; h < hours; h++) {
        csv.append(node)
            .append(',')
            .append(from.plus(h, ChronoUnit.HOURS))
            .append(',')
            .append(java.math.BigDecimal.valueOf(forecast.kilowatts(node, h), 3).toPlainString())
            .append('\n');
      }
    }
    new org.sovereign.power.forecast.StoredForecasts(
            services.tx(), services.audit(), services.clock())
        .importCsv(GRID, csv.toString(), ids);
  }

  /**
   * Daily pool payouts the mining sites report for the past week (about 7.2 BTC a day for 300 MW at
   * 17.5 J/TH and a hashprice near $38 per PH/s per day).
   */
  private static void reportPayouts(PlatformServices services, List<Site> sites, Instant now) {
    var payouts =
        new org.sovereign.power.payouts.PoolPayouts(
            services.tx(), services.audit(), services.clock());
    java.time.LocalDate today = java.time.LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (Site s : sites) {
      if (!s.kind().equals("MINING")) {
        continue;
      }
      List<org.sovereign.power.payouts.PoolPayout> week = new ArrayList<>();
      for (int d = 7; d >= 1; d--) {
        java.time.LocalDate day = today.minusDays(d);
        long sats = s.contractedKw() * 2_400L + (day.getDayOfMonth() * 7_919L) % 1_000_000L;
        week.add(
            new org.sovereign.power.payouts.PoolPayout(
                s.stateOwned() ? "Foundry USA" : "AntPool", day, day.plusDays(1), sats, null));
      }
      payouts.report(new Actor("system:demo-site"), s.orgId(), week);
    }
  }
}
