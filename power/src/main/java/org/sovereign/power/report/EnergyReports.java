package org.sovereign.power.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sovereign.platform.db.Tx;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;

/**
 * Builds the monthly energy report in PostgreSQL: each reading's power held until the next one (at
 * most 15 minutes, so a meter gap is not billed as load) gives kW-minutes per site; curtailment
 * compliance comes from the checked instructions.
 */
public final class EnergyReports {
  private final Tx tx;
  private final Registry registry;
  private final java.util.function.Supplier<org.sovereign.platform.module.MiningRevenue> mining;

  private final java.util.function.Function<YearMonth, java.util.Optional<CostRecovery.Rate>>
      costRecovery;

  public EnergyReports(
      Tx tx,
      Registry registry,
      java.util.function.Supplier<org.sovereign.platform.module.MiningRevenue> mining) {
    this(tx, registry, mining, m -> java.util.Optional.empty());
  }

  /** Reports with each month's cost-recovery tariff, where one is recorded. */
  public EnergyReports(
      Tx tx,
      Registry registry,
      java.util.function.Supplier<org.sovereign.platform.module.MiningRevenue> mining,
      java.util.function.Function<YearMonth, java.util.Optional<CostRecovery.Rate>> costRecovery) {
    this.tx = tx;
    this.registry = registry;
    this.mining = mining;
    this.costRecovery = costRecovery;
  }

  public EnergyReport of(YearMonth month) {
    Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Site> registered = registry.sites();
    MeterEnergy.Result metered =
        new MeterEnergy(tx)
            .integrate(from, to, registered.stream().map(x -> x.orgId().value()).toList());
    Map<Long, BigDecimal[]> energy = metered.totals();
    Map<Long, Long> nodeOfSite = new java.util.HashMap<>();
    registered.forEach(x -> nodeOfSite.put(x.orgId().value(), x.nodeId()));
    GridBalance grid = new GridBalance(tx);
    GridBalance.Backup backup = grid.backup(from, to, nodeOfSite, metered.hourly());
    EnergyReport.Balance balance =
        new EnergyReport.Balance(
            grid.curtailed(from, to),
            backup.nodeHoursForecast() == 0 ? null : backup.mwh(),
            backup.nodeHoursForecast(),
            backup.nodeHoursLoaded());
    Map<Long, long[]> responses = responses(from, to);
    Map<Long, Long> pools = poolPayouts(month);
    long hours = (to.getEpochSecond() - from.getEpochSecond()) / 3600;
    List<EnergyReport.SiteLine> lines = new ArrayList<>();
    Map<String, BigDecimal[]> byUse = new TreeMap<>();
    java.util.Optional<CostRecovery.Rate> rate = costRecovery.apply(month);
    BigDecimal revenue = BigDecimal.ZERO.setScale(2);
    BigDecimal cost = BigDecimal.ZERO.setScale(2);
    int below = 0;
    for (Site s : registered) {
      BigDecimal[] e =
          energy.getOrDefault(
              s.orgId().value(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      BigDecimal mwh = EnergyReport.mwh(e[0]);
      BigDecimal tariff =
          e[0].multiply(BigDecimal.valueOf(s.tariffPaisaPerKwh()))
              .divide(BigDecimal.valueOf(60 * 100), 2, RoundingMode.HALF_EVEN);
      BigDecimal capacityMwh = BigDecimal.valueOf(s.contractedKw() * hours).movePointLeft(3);
      BigDecimal loadFactor =
          capacityMwh.signum() == 0
              ? BigDecimal.ZERO
              : mwh.multiply(BigDecimal.valueOf(100))
                  .divide(capacityMwh, 2, RoundingMode.HALF_EVEN);
      long[] r = responses.getOrDefault(s.orgId().value(), new long[3]);
      long poolSat = pools.getOrDefault(s.orgId().value(), 0L);
      BigDecimal siteCost =
          rate.map(
                  cr ->
                      e[0].multiply(BigDecimal.valueOf(cr.paisaPerKwh()))
                          .divide(BigDecimal.valueOf(60 * 100), 2, RoundingMode.HALF_EVEN))
              .orElse(null);
      Boolean subsidised = rate.map(cr -> s.tariffPaisaPerKwh() < cr.paisaPerKwh()).orElse(null);
      revenue = revenue.add(tariff);
      if (siteCost != null) {
        cost = cost.add(siteCost);
      }
      if (Boolean.TRUE.equals(subsidised) && mwh.signum() > 0) {
        below++;
      }
      long mined =
          s.stateOwned() && !s.kind().equals("AI")
              ? mining.get().satsFor(s.name(), month.atDay(1), month.plusMonths(1).atDay(1))
              : 0;
      BigDecimal perMwh =
          mwh.signum() == 0
              ? null
              : BigDecimal.valueOf(mined).divide(mwh, 0, RoundingMode.HALF_EVEN);
      lines.add(
          new EnergyReport.SiteLine(
              s.orgId().value(),
              s.name(),
              s.kind(),
              s.contractClass(),
              s.contractedKw(),
              mwh,
              EnergyReport.mwh(e[1]),
              loadFactor,
              tariff,
              (int) r[0],
              (int) r[1],
              mined,
              perMwh,
              BigDecimal.valueOf(r[2], 2),
              poolSat,
              mwh.signum() == 0 || poolSat == 0
                  ? null
                  : BigDecimal.valueOf(poolSat).divide(mwh, 0, RoundingMode.HALF_EVEN),
              s.stateOwned() && !s.kind().equals("AI") && (poolSat != 0 || mined != 0)
                  ? poolSat - mined
                  : null,
              siteCost,
              subsidised));
      BigDecimal[] use =
          byUse.computeIfAbsent(
              s.kind(),
              k -> new BigDecimal[] {BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(2)});
      use[0] = use[0].add(mwh);
      use[1] = use[1].add(tariff);
    }
    List<EnergyReport.UseLine> uses = new ArrayList<>();
    byUse.forEach((kind, v) -> uses.add(new EnergyReport.UseLine(kind, v[0], v[1])));
    BigDecimal totalRevenue = revenue;
    BigDecimal totalCost = cost;
    int sitesBelow = below;
    return new EnergyReport(
        month,
        lines,
        uses,
        curtailment(from, to),
        rate.map(
                r ->
                    new EnergyReport.CostCoverage(
                        r.paisaPerKwh(),
                        r.basis(),
                        totalRevenue,
                        totalCost,
                        totalRevenue.subtract(totalCost),
                        sitesBelow))
            .orElse(null),
        balance);
  }

  private Map<Long, Long> poolPayouts(YearMonth month) {
    Map<Long, Long> out = new TreeMap<>();
    tx.read(
            h ->
                h.createQuery(
                        "SELECT site_id, sum(sats) FROM pool_payouts"
                            + " WHERE period_start >= :from AND period_start < :to GROUP BY site_id")
                    .bind("from", month.atDay(1))
                    .bind("to", month.plusMonths(1).atDay(1))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .list())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private Map<Long, long[]> responses(Instant from, Instant to) {
    Map<Long, long[]> out = new TreeMap<>();
    tx.read(
            h ->
                h.createQuery(
                        "SELECT site_id, count(*), count(*) FILTER (WHERE compliant = false),"
                            + " coalesce(sum(penalty_paisa), 0) FROM curtail_instructions"
                            + " WHERE kind = 'SHED' AND deadline >= :from AND deadline < :to GROUP BY site_id")
                    .bind("from", from)
                    .bind("to", to)
                    .map(
                        (rs, ctx) ->
                            Map.entry(
                                rs.getLong(1),
                                new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                    .list())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private EnergyReport.Curtailment curtailment(Instant from, Instant to) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT (SELECT count(*) FROM curtailments WHERE requested_at >= :from AND requested_at < :to),"
                        + " count(*), count(*) FILTER (WHERE compliant), count(*) FILTER (WHERE compliant = false),"
                        + " coalesce(sum(kw), 0), coalesce(sum(delivered_kw), 0), coalesce(sum(penalty_paisa), 0)"
                        + " FROM curtail_instructions WHERE kind = 'SHED' AND deadline >= :from AND deadline < :to")
                .bind("from", from)
                .bind("to", to)
                .map(
                    (rs, ctx) ->
                        new EnergyReport.Curtailment(
                            rs.getInt(1),
                            rs.getInt(2),
                            rs.getInt(3),
                            rs.getInt(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            BigDecimal.valueOf(rs.getLong(7), 2)))
                .one());
  }
}
