package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPSolver;
import java.util.List;

/**
 * Two consecutive weeks of one node as one LP, with the ramp across their boundary, the firm levels
 * the master chose, and the first hour bounded by the week before. Its optimum splits the boundary
 * between the weeks as well as can be: how high the earlier week should end so that the later one
 * can start where it wants. Built only for the boundaries that the cheap repair would make
 * expensive.
 */
final class BoundaryPair {
  private BoundaryPair() {}

  /**
   * The last-hour loads (MW) of the ramp-limited interruptible sites of week {@code w − 1} in the
   * best plan of weeks {@code w − 1} and {@code w} together; null if the solver found none.
   */
  static double[] bestEnd(List<Subproblem> weeks, int w, int[] limited) {
    Subproblem previous = weeks.get(w - 1);
    Subproblem current = weeks.get(w);
    AllocationModel first = previous.model;
    try (AllocationModel joint =
        AllocationModel.build(
            first.problem, first.nodes, first.from, current.model.to, previous.solver, false)) {
      for (int s = 0; s < joint.sites.size(); s++) {
        if (joint.sites.get(s).firm()) {
          fix(joint, s, first.from, first.load(s, first.from).lb());
          fix(joint, s, current.model.from, current.model.load(s, current.model.from).lb());
        }
      }
      if (w >= 2) {
        AllocationModel before = weeks.get(w - 2).model;
        for (int s : limited) {
          Site site = joint.sites.get(s);
          double last = before.load(s, before.to - 1).solutionValue();
          double cap = Math.min(site.contracted().megawatts(), last + site.rampPerHourMw());
          joint.load(s, first.from).setUb(cap);
        }
      }
      if (joint.solver.solve() != MPSolver.ResultStatus.OPTIMAL) {
        return null;
      }
      double[] end = new double[limited.length];
      for (int i = 0; i < limited.length; i++) {
        // A hair below the joint optimum's value, so that the week alone is not refused over
        // the solver's tolerance.
        end[i] = Math.max(0, joint.load(limited[i], first.to - 1).solutionValue() - 1e-7);
      }
      return end;
    }
  }

  private static void fix(AllocationModel joint, int s, int hour, double level) {
    joint.load(s, hour).setBounds(level, level);
  }
}
