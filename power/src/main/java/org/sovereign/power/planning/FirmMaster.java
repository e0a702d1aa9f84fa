package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The Benders master of one grid node: its firm levels f and one estimate θ<sub>w</sub> per week,
 * bounded by the cuts θ<sub>w</sub> ≤ Q<sub>w</sub>(f<sup>k</sup>) + g<sub>w</sub><sup>k</sup>·(f −
 * f<sup>k</sup>) from every week solved so far. Maximising Σθ over all levels gives an upper bound
 * on the node's optimum; maximising inside a box around the best levels found (a trust region)
 * proposes the next levels to try without jumping far from them.
 */
final class FirmMaster implements AutoCloseable {
  private final MPSolver solver;
  private final MPVariable[] levels;
  private final MPVariable[] estimates;
  private final double[] capacity;

  /** What the master proposes next, and the bound it proves. */
  record Proposal(double[] levels, double upperBound) {}

  FirmMaster(double[] capacityMw, double importLimitMw, int weeks) {
    this.solver = OrTools.create(LpSolver.GLOP);
    this.capacity = capacityMw.clone();
    this.levels = new MPVariable[capacityMw.length];
    this.estimates = new MPVariable[weeks];
    MPConstraint limit = solver.makeConstraint(-Double.POSITIVE_INFINITY, importLimitMw);
    for (int i = 0; i < levels.length; i++) {
      levels[i] = solver.makeNumVar(0, capacityMw[i], "");
      limit.setCoefficient(levels[i], 1);
    }
    solver.objective().setMaximization();
    for (int w = 0; w < weeks; w++) {
      estimates[w] = solver.makeNumVar(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "");
      solver.objective().setCoefficient(estimates[w], 1);
    }
  }

  double[] capacity() {
    return capacity.clone();
  }

  /** Adds θ<sub>week</sub> ≤ value + gradient·(f − at). */
  void addCut(int week, double value, double[] at, double[] gradient) {
    double rhs = value;
    for (int i = 0; i < at.length; i++) {
      rhs -= gradient[i] * at[i];
    }
    MPConstraint cut = solver.makeConstraint(Double.NEGATIVE_INFINITY, rhs);
    cut.setCoefficient(estimates[week], 1);
    for (int i = 0; i < at.length; i++) {
      cut.setCoefficient(levels[i], -gradient[i]);
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
