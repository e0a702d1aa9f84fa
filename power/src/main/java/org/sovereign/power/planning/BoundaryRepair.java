package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * The weekly subproblems leave out the interruptible ramps that cross a week boundary (hour 168w−1
 * to 168w); firm levels need nothing here, the master keeps them within their ramps. This pass
 * walks each node's weeks in order and makes every boundary hold:
 *
 * <ol>
 *   <li>it bounds week w's first hour by week w−1's last hour plus the ramp and solves week w
 *       again. That cannot make week w infeasible: an interruptible site may always take less
 *       (loads shed at once; only picking load up is ramp-limited);
 *   <li>when that costs more than {@link #ANTICIPATE} of the week's value, it solves weeks w−1 and
 *       w together ({@link BoundaryPair}) for the best end of week w−1, makes week w−1 end there
 *       (its own first hour stays bounded by week w−2) and solves both weeks again.
 * </ol>
 *
 * The result is feasible for the whole problem.
 */
final class BoundaryRepair {
  private static final double SLACK = 1e-6;
  private static final double ANTICIPATE = 1e-5;

  private BoundaryRepair() {}

  /** Repairs one node's weeks (in week order); returns how many boundaries needed it. */
  static int repair(List<Subproblem> weeks) {
    int repaired = 0;
    for (int w = 1; w < weeks.size(); w++) {
      if (violated(weeks.get(w - 1), weeks.get(w))) {
        repair(weeks, w);
        repaired++;
      }
    }
    return repaired;
  }

  /**
   * Makes the boundary before week {@code w} hold. Bounds are only changed right before a solve:
   * OR-Tools forgets a solution as soon as its model changes.
   */
  private static void repair(List<Subproblem> weeks, int w) {
    Subproblem previous = weeks.get(w - 1);
    Subproblem current = weeks.get(w);
    double before = current.value();
    capStart(previous, current);
    solve(current);
    double lossHere = before - current.value();
    if (lossHere <= ANTICIPATE * Math.abs(before)) {
      return;
    }
    double[] end = BoundaryPair.bestEnd(weeks, w, limited(previous.model));
    if (end == null) {
      return;
    }
    if (w >= 2) {
      capStart(weeks.get(w - 2), previous);
    }
    boundEnd(previous, end);
    if (!previous.solve()) {
      boundEnd(previous, new double[end.length]);
      solve(previous);
    }
    capStart(previous, current);
    solve(current);
  }

  private static boolean violated(Subproblem previous, Subproblem current) {
    AllocationModel after = current.model;
    for (int s : limited(after)) {
      double last = lastLoad(previous.model, s).solutionValue();
      double first = firstLoad(after, s).solutionValue();
      if (first - last > after.sites.get(s).rampPerHourMw() + SLACK) {
        return true;
      }
    }
    return false;
  }

  /** Bounds the first hour of {@code current} by the last of {@code previous} plus the ramp. */
  private static void capStart(Subproblem previous, Subproblem current) {
    AllocationModel after = current.model;
    for (int s : limited(after)) {
      Site site = after.sites.get(s);
      double last = lastLoad(previous.model, s).solutionValue();
      double cap = Math.min(site.contracted().megawatts(), last + site.rampPerHourMw());
      firstLoad(after, s).setUb(Math.max(cap, 0));
    }
  }

  private static void boundEnd(Subproblem previous, double[] lows) {
    int[] sites = limited(previous.model);
    for (int i = 0; i < sites.length; i++) {
      lastLoad(previous.model, sites[i]).setLb(lows[i]);
    }
  }

  /** Interruptible sites whose ramp can bind within an hour. */
  private static int[] limited(AllocationModel model) {
    return java.util.stream.IntStream.range(0, model.sites.size())
        .filter(s -> !model.sites.get(s).firm())
        .filter(
            s -> model.sites.get(s).rampPerHourMw() < model.sites.get(s).contracted().megawatts())
        .toArray();
  }

  private static void solve(Subproblem week) {
    if (!week.solve()) {
      throw new SubproblemFailed(
          "week " + week.week + " of node " + week.node + " has no optimum after the ramp repair");
    }
  }

  private static MPVariable lastLoad(AllocationModel model, int s) {
    return model.load(s, model.to - 1);
  }

  private static MPVariable firstLoad(AllocationModel model, int s) {
    return model.load(s, model.from);
  }
}
