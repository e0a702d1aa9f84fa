package org.sovereign.power.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The monthly energy report: each site's energy (MWh, from its meter readings), load factor, tariff
 * billed, and curtailment record; totals by use. Exact decimals, no generation time, so the same
 * stored inputs give a byte-identical report.
 */
public record EnergyReport(
    YearMonth month,
    List<SiteLine> sites,
    List<UseLine> byUse,
    Curtailment curtailment,
    CostCoverage costCoverage,
    Balance balance) {
  public EnergyReport {
    sites = List.copyOf(sites);
    byUse = List.copyOf(byUse);
  }

  /**
   * One site's month. {@code unreconciledSat}, for a state-owned mining site, is what its pools
   * paid that the reserve's ledger does not show (negative: the ledger shows more); null when there
   * is nothing to reconcile.
   */
  public record SiteLine(
      long siteId,
      String name,
      String kind,
      String contractClass,
      long contractedKw,
      BigDecimal mwh,
      BigDecimal estimatedMwh,
      BigDecimal loadFactorPercent,
      BigDecimal tariffPkr,
      int instructions,
      int breaches,
      long minedSatIntoReserve,
      BigDecimal satPerMwh,
      BigDecimal penaltyPkr,
      long poolPayoutSat,
      BigDecimal poolSatPerMwh,
      Long unreconciledSat,
      BigDecimal costOfPowerPkr,
      Boolean belowCostRecovery) {}

  /**
   * The month's revenue from the sites against the cost of the power they took at the cost-recovery
   * tariff (null when no rate is recorded for the month); a negative net is a subsidy.
   */
  public record CostCoverage(
      long costRecoveryPaisaPerKwh,
      String basis,
      BigDecimal revenuePkr,
      BigDecimal costOfPowerPkr,
      BigDecimal netPkr,
      int sitesBelowCostRecovery) {}

  /**
   * Energy beyond the sites' own use: what curtailment gave back (metered, below each instructed
   * site's baseline until its restore), and the backup generation the released load needed beyond
   * the forecast surplus, over the node-hours that had a forecast (of all node-hours with load).
   */
  public record Balance(
      BigDecimal curtailedMwh,
      BigDecimal backupMwh,
      int backupNodeHoursForecast,
      int backupNodeHoursLoaded) {}

  /** Energy by use (mining, AI, mixed). */
  public record UseLine(String kind, BigDecimal mwh, BigDecimal tariffPkr) {}

  /** Curtailment events in the month and how the sites responded. */
  public record Curtailment(
      int events,
      int instructions,
      int compliant,
      int breaches,
      long instructedKw,
      long deliveredKw,
      BigDecimal penaltiesPkr) {}

  static BigDecimal mwh(BigDecimal kwMinutes) {
    return kwMinutes.divide(BigDecimal.valueOf(60_000), 3, RoundingMode.HALF_EVEN);
  }
}
