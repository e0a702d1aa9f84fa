package org.sovereign.power.planning;

import java.util.Arrays;

/**
 * The mutable tables a solve fills in, block by block, before they become an immutable {@link
 * Plan}. Quantities are exact units: kWh per hour, money in minor units per MWh.
 */
final class PlanSheet {
  final PlanningProblem problem;
  final long[][] allocationKwh;
  final long[][] shadowMinorPerMwh;
  final long[][] backupKwh;
  final long[][] excessKwhByWeek;
  boolean shadowPrices = true;

  PlanSheet(PlanningProblem problem) {
    this.problem = problem;
    int hours = problem.hours();
    this.allocationKwh = new long[problem.sites().size()][hours];
    this.shadowMinorPerMwh = new long[problem.nodes().size()][hours];
    this.backupKwh = new long[problem.nodes().size()][hours];
    this.excessKwhByWeek = new long[problem.sites().size()][Blocks.weeks(hours)];
  }

  /** Copies the solution of {@code model} (just solved) into the rows and hours it covers. */
  void read(AllocationModel model, boolean withDuals) {
    var siteIndex = problem.siteIndex();
    double scale = Math.pow(10, problem.currency().minorDigits());
    for (int s = 0; s < model.sites.size(); s++) {
      long[] row = allocationKwh[siteIndex.get(model.sites.get(s).id())];
      for (int t = model.from; t < model.to; t++) {
        row[t] = kwh(model.load(s, t).solutionValue());
      }
    }
    for (int n = 0; n < model.nodes.size(); n++) {
      int node = problem.nodes().indexOf(model.nodes.get(n));
      for (int t = model.from; t < model.to; t++) {
        var b = model.backup[n];
        backupKwh[node][t] = b == null ? 0 : kwh(b[t - model.from].solutionValue());
        double dual = withDuals ? model.balance[n][t - model.from].dualValue() : 0;
        shadowMinorPerMwh[node][t] = Math.round(dual * scale);
      }
    }
    for (Site site : model.sites) {
      long[] weeks = excessKwhByWeek[siteIndex.get(site.id())];
      Arrays.fill(weeks, model.from / Blocks.WEEK, Blocks.last(model.to, Blocks.WEEK) + 1, 0);
    }
    for (AllocationModel.Excess e : model.excess) {
      long[] weeks = excessKwhByWeek[siteIndex.get(model.sites.get(e.site()).id())];
      int week = e.start() / Blocks.WEEK;
      weeks[week] = Math.addExact(weeks[week], kwh(e.variable().solutionValue()));
    }
    shadowPrices &= withDuals;
  }

  private static long kwh(double megawattHours) {
    return Energy.fromMegawattHours(megawattHours).kilowattHours();
  }

  long[][] copy(long[][] table) {
    return Arrays.stream(table).map(long[]::clone).toArray(long[][]::new);
  }
}
