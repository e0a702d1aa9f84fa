package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * The weekly subproblems leave out the ramps that cross a week boundary (hour 168w−1 to 168w). This
 * pass walks each node's weeks in order and, where a week's first hour ramps up faster than allowed
 * from the previous week's last hour (or a weekly firm level moves further than its ramp), bounds
 * that first hour by the previous week's end and solves the week again. The result is feasible for
 * the whole problem. It cannot make a week infeasible: an interruptible site may always take less
 * (loads shed at once; only picking load up is ramp-limited), and a firm level is always served, by
 * backup if need be.
 */
final class BoundaryRepair {
  private static final double SLACK = 1e-6;

  private BoundaryRepair() {}

  /** Repairs one node's weeks (in week order); returns how many weeks were solved again. */
  static int repair(List<Subproblem> weeks, boolean firmFree) {
    int repaired = 0;
    for (int w = 1; w < weeks.size(); w++) {
      Subproblem previous = weeks.get(w - 1);
      Subproblem current = weeks.get(w);
      if (violated(previous, current, firmFree)) {
        bound(previous, current, firmFree);
        if (!current.solve()) {
          throw new IllegalStateException(
              "week " + current.week + " of node " + current.node + " failed after repair");
        }
        repaired++;
      }
    }
    return repaired;
  }

  private static boolean violated(Subproblem previous, Subproblem current, boolean firmFree) {
    AllocationModel before = previous.model;
    AllocationModel after = current.model;
    for (int s = 0; s < after.sites.size(); s++) {
      Site site = after.sites.get(s);
      double ramp = site.rampPerHourMw();
      if (ramp >= site.contracted().megawatts() || (site.firm() && !firmFree)) {
        continue;
      }
      double last = lastLoad(before, s).solutionValue();
      double first = firstLoad(after, s).solutionValue();
      if (first - last > ramp + SLACK || (site.firm() && last - first > ramp + SLACK)) {
        return true;
      }
    }
    return false;
  }

  private static void bound(Subproblem previous, Subproblem current, boolean firmFree) {
    AllocationModel after = current.model;
    for (int s = 0; s < after.sites.size(); s++) {
      Site site = after.sites.get(s);
      double ramp = site.rampPerHourMw();
      double cap = site.contracted().megawatts();
      if (ramp >= cap || (site.firm() && !firmFree)) {
        continue;
      }
      double last = lastLoad(previous.model, s).solutionValue();
      double low = site.firm() ? Math.max(0, last - ramp) : 0;
      firstLoad(after, s).setBounds(low, Math.min(cap, last + ramp));
    }
  }

  private static MPVariable lastLoad(AllocationModel model, int s) {
    return model.load(s, model.to - 1);
  }

  private static MPVariable firstLoad(AllocationModel model, int s) {
    return model.load(s, model.from);
  }
}
