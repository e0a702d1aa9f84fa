package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The Benders master of one grid node: its firm levels f (one per firm site and period: a single
 * period for constant levels, one per week for weekly levels) and one estimate θ<sub>w</sub> per
 * week, bounded by the cuts θ<sub>w</sub> ≤ Q<sub>w</sub>(f<sup>j</sup>) +
 * g<sub>w</sub><sup>j</sup>·(f − f<sup>j</sup>) from every week solved so far (a week's cut only
 * involves the levels of its own period). The rows that link periods — the node's import limit in
 * each period and the firm ramps between consecutive periods — live here, so every level the master
 * proposes is feasible for the whole problem. Maximising Σθ over all levels bounds the node's
 * optimum from above; maximising inside a box around the best levels found (a trust region)
 * proposes the next levels to try.
 *
 * <p>Levels are flattened as {@code [period * sites + site]}.
 */
final class FirmMaster implements AutoCloseable {
  private final MPSolver solver;
  private final MPVariable[] levels;
  private final MPVariable[] estimates;
  private final double[] capacity;
  private final int sites;
  private final int[] periodOfWeek;

  /** What the master proposes next, and the bound it proves. */
  record Proposal(double[] levels, double upperBound) {}

  FirmMaster(
      double[] capacityMw, double[] rampMwPerHour, double importLimitMw, int[] periodOfWeek) {
    this.solver = OrTools.create(LpSolver.GLOP);
    this.sites = capacityMw.length;
    this.periodOfWeek = periodOfWeek.clone();
    int periods = periodOfWeek[periodOfWeek.length - 1] + 1;
    this.capacity = new double[sites * periods];
    this.levels = new MPVariable[sites * periods];
    this.estimates = new MPVariable[periodOfWeek.length];
    solver.objective().setMaximization();
    for (int k = 0; k < periods; k++) {
      MPConstraint limit = solver.makeConstraint(Double.NEGATIVE_INFINITY, importLimitMw);
      for (int i = 0; i < sites; i++) {
        capacity[k * sites + i] = capacityMw[i];
        levels[k * sites + i] = solver.makeNumVar(0, capacityMw[i], "");
        limit.setCoefficient(levels[k * sites + i], 1);
        if (k > 0 && rampMwPerHour[i] < capacityMw[i]) {
          MPConstraint ramp = solver.makeConstraint(-rampMwPerHour[i], rampMwPerHour[i]);
          ramp.setCoefficient(levels[k * sites + i], 1);
          ramp.setCoefficient(levels[(k - 1) * sites + i], -1);
        }
      }
    }
    for (int w = 0; w < estimates.length; w++) {
      estimates[w] = solver.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
      solver.objective().setCoefficient(estimates[w], 1);
    }
  }

  double[] capacity() {
    return capacity.clone();
  }

  /** The levels of {@code week}'s period, out of all levels. */
  double[] slice(double[] all, int week) {
    int from = periodOfWeek[week] * sites;
    return java.util.Arrays.copyOfRange(all, from, from + sites);
  }

  /** Adds θ<sub>week</sub> ≤ value + gradient·(f<sub>period</sub> − at). */
  void addCut(int week, double value, double[] at, double[] gradient) {
    double rhs = value;
    for (int i = 0; i < at.length; i++) {
      rhs -= gradient[i] * at[i];
    }
    MPConstraint cut = solver.makeConstraint(Double.NEGATIVE_INFINITY, rhs);
    cut.setCoefficient(estimates[week], 1);
    int from = periodOfWeek[week] * sites;
    for (int i = 0; i < at.length; i++) {
      cut.setCoefficient(levels[from + i], -gradient[i]);
    }
  }

  /** The best levels within {@code radius} MW of {@code center}, and the global bound. */
  Proposal propose(double[] center, double radius) {
    for (int i = 0; i < levels.length; i++) {
      levels[i].setBounds(0, capacity[i]);
    }
    double bound = solveOrThrow();
    for (int i = 0; i < levels.length; i++) {
      levels[i].setBounds(
          Math.max(0, center[i] - radius), Math.min(capacity[i], center[i] + radius));
    }
    solveOrThrow();
    double[] next = new double[levels.length];
    for (int i = 0; i < next.length; i++) {
      next[i] = Math.clamp(levels[i].solutionValue(), 0, capacity[i]);
    }
    return new Proposal(next, bound);
  }

  private double solveOrThrow() {
    MPSolver.ResultStatus status = solver.solve();
    if (status != MPSolver.ResultStatus.OPTIMAL) {
      throw new IllegalStateException("the firm-level master ended with status " + status);
    }
    return solver.objective().value();
  }

  @Override
  public void close() {
    solver.delete();
  }
}
