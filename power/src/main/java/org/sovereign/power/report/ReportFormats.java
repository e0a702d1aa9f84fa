package org.sovereign.power.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.json.Json;

/** The report as canonical JSON and as CSV (one row per site, then the totals by use). */
public final class ReportFormats {
  private ReportFormats() {}

  public static String json(EnergyReport r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("month", r.month().toString());
    json.put(
        "sites",
        r.sites().stream()
            .map(
                s -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("site", s.siteId());
                  m.put("name", s.name());
                  m.put("kind", s.kind().toLowerCase(java.util.Locale.ROOT));
                  m.put("contract", s.contractClass().toLowerCase(java.util.Locale.ROOT));
                  m.put("contracted_kw", s.contractedKw());
                  m.put("mwh", s.mwh().toPlainString());
                  m.put("estimated_mwh", s.estimatedMwh().toPlainString());
                  m.put("load_factor_percent", s.loadFactorPercent().toPlainString());
                  m.put("tariff_pkr", s.tariffPkr().toPlainString());
                  m.put("curtailment_instructions", s.instructions());
                  m.put("curtailment_breaches", s.breaches());
                  m.put("btc_mined_into_reserve_sat", s.minedSatIntoReserve());
                  m.put(
                      "sat_per_mwh", s.satPerMwh() == null ? null : s.satPerMwh().toPlainString());
                  m.put("pool_payouts_sat", s.poolPayoutSat());
                  m.put(
                      "pool_sat_per_mwh",
                      s.poolSatPerMwh() == null ? null : s.poolSatPerMwh().toPlainString());
                  m.put("unreconciled_sat", s.unreconciledSat());
                  m.put("penalty_pkr", s.penaltyPkr().toPlainString());
                  m.put(
                      "cost_of_power_pkr",
                      s.costOfPowerPkr() == null ? null : s.costOfPowerPkr().toPlainString());
                  m.put("below_cost_recovery", s.belowCostRecovery());
                  return m;
                })
            .toList());
    json.put(
        "by_use",
        r.byUse().stream()
            .map(
                u ->
                    Map.of(
                        "use",
                        u.kind().toLowerCase(java.util.Locale.ROOT),
                        "mwh",
                        u.mwh().toPlainString(),
                        "tariff_pkr",
                        u.tariffPkr().toPlainString()))
            .toList());
    var c = r.curtailment();
    json.put(
        "curtailment",
        Map.of(
            "events", c.events(),
            "instructions", c.instructions(),
            "compliant", c.compliant(),
            "breaches", c.breaches(),
            "instructed_kw", c.instructedKw(),
            "delivered_kw", c.deliveredKw(),
            "penalties_pkr", c.penaltiesPkr().toPlainString()));
    var b = r.balance();
    Map<String, Object> balance = new LinkedHashMap<>();
    balance.put("curtailed_mwh", b.curtailedMwh().toPlainString());
    balance.put("backup_mwh", b.backupMwh() == null ? null : b.backupMwh().toPlainString());
    balance.put("backup_node_hours_with_forecast", b.backupNodeHoursForecast());
    balance.put("node_hours_with_load", b.backupNodeHoursLoaded());
    json.put("curtailed_and_backup", balance);
    var cc = r.costCoverage();
    if (cc != null) {
      Map<String, Object> coverage = new LinkedHashMap<>();
      coverage.put("cost_recovery_paisa_per_kwh", cc.costRecoveryPaisaPerKwh());
      coverage.put("basis", cc.basis());
      coverage.put("revenue_pkr", cc.revenuePkr().toPlainString());
      coverage.put("cost_of_power_pkr", cc.costOfPowerPkr().toPlainString());
      coverage.put("net_pkr", cc.netPkr().toPlainString());
      coverage.put("sites_below_cost_recovery", cc.sitesBelowCostRecovery());
      json.put("cost_coverage", coverage);
    } else {
      json.put("cost_coverage", null);
    }
    return Json.canonical(json);
  }

  public static String csv(EnergyReport r) {
    StringBuilder csv =
        new StringBuilder(
            "month,site,name,kind,contract,contracted_kw,mwh,estimated_mwh,load_factor_percent,tariff_pkr,instructions,breaches,penalty_pkr,pool_payouts_sat,unreconciled_sat,cost_of_power_pkr,below_cost_recovery\n");
    for (EnergyReport.SiteLine s : r.sites()) {
      csv.append(
              String.join(
                  ",",
                  List.of(
                      r.month().toString(),
                      Long.toString(s.siteId()),
                      org.sovereign.platform.web.CsvCells.cell(s.name()),
                      s.kind().toLowerCase(java.util.Locale.ROOT),
                      s.contractClass().toLowerCase(java.util.Locale.ROOT),
                      Long.toString(s.contractedKw()),
                      s.mwh().toPlainString(),
                      s.estimatedMwh().toPlainString(),
                      s.loadFactorPercent().toPlainString(),
                      s.tariffPkr().toPlainString(),
                      Integer.toString(s.instructions()),
                      Integer.toString(s.breaches()),
                      s.penaltyPkr().toPlainString(),
                      Long.toString(s.poolPayoutSat()),
                      s.unreconciledSat() == null ? "" : Long.toString(s.unreconciledSat()),
                      s.costOfPowerPkr() == null ? "" : s.costOfPowerPkr().toPlainString(),
                      s.belowCostRecovery() == null ? "" : s.belowCostRecovery().toString())))
          .append('\n');
    }
    for (EnergyReport.UseLine u : r.byUse()) {
      csv.append(r.month())
          .append(",total,")
          .append(u.kind().toLowerCase(java.util.Locale.ROOT))
          .append(",,,,")
          .append(u.mwh().toPlainString())
          .append(",,,")
          .append(u.tariffPkr().toPlainString())
          .append(",,,,,,,\n");
    }
    var b = r.balance();
    csv.append(r.month())
        .append(",total,curtailed,,,,")
        .append(b.curtailedMwh().toPlainString())
        .append(",,,,,,,,,,\n");
    csv.append(r.month())
        .append(",total,backup,,,,")
        .append(b.backupMwh() == null ? "" : b.backupMwh().toPlainString())
        .append(",,,,,,,,,,\n");
    return csv.toString();
  }
}
