package org.sovereign.power.planning;

import java.util.Comparator;
import java.util.List;

/**
 * A first guess of a node's constant firm levels, from a merit-order model without ramps or
 * budgets: in each hour the firm load is served first (backup covers what the surplus does not),
 * the rest of the surplus goes to interruptible sites by value. One more firm MW gains the value of
 * the marginal firm site and costs, in each hour, either the backup price (when the firm load
 * already exceeds the surplus) or the value of the interruptible MW it displaces. The guess is
 * where that marginal balance over all hours crosses zero (bisection). It only seeds the search;
 * the exact levels come from the Benders iterations.
 */
final class FirmStart {
  private static final int STEPS = 40;

  private FirmStart() {}

  /** Levels in MW for {@code firm} (their order), the highest-valued sites filled first. */
  static double[] levels(
      PlanningProblem problem, GridNode node, List<Site> firm, List<Site> interruptible) {
    List<Site> byValue =
        firm.stream().sorted(Comparator.comparing(Site::valuePerMwh).reversed()).toList();
    List<Site> merit =
        interruptible.stream().sorted(Comparator.comparing(Site::valuePerMwh).reversed()).toList();
    double limit = node.importLimit().megawatts();
    double most = Math.min(limit, byValue.stream().mapToDouble(s -> capacity(s)).sum());
    long[] surplus = problem.forecast().series(node.id(), 0, problem.hours());
    double backup = Dollars.of(problem.economics().backupCostPerMwh());
    double low = 0;
    double high = most;
    for (int step = 0; step < STEPS; step++) {
      double mid = (low + high) / 2;
      if (marginal(mid, byValue, merit, surplus, limit, backup) > 0) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return split((low + high) / 2, firm, byValue);
  }

  private static double marginal(
      double total,
      List<Site> byValue,
      List<Site> merit,
      long[] surplus,
      double limit,
      double backup) {
    double gain = valueAt(total, byValue);
    double sum = 0;
    for (long kw : surplus) {
      double available = kw / 1000.0;
      double cost =
          total >= available ? backup : valueAt(Math.min(available, limit) - total, merit);
      sum += gain - cost;
    }
    return sum;
  }

  /** Value of the MW at {@code position} in the merit order (0 past the last site). */
  private static double valueAt(double position, List<Site> order) {
    double filled = 0;
    for (Site site : order) {
      filled += capacity(site);
      if (position < filled) {
        return Dollars.of(site.valuePerMwh());
      }
    }
    return 0;
  }

  private static double[] split(double total, List<Site> firm, List<Site> byValue) {
    double[] levels = new double[firm.size()];
    double left = total;
    for (Site site : byValue) {
      double level = Math.min(left, capacity(site));
      levels[firm.indexOf(site)] = level;
      left -= level;
    }
    return levels;
  }

  private static double capacity(Site site) {
    return site.contracted().megawatts();
  }
}
