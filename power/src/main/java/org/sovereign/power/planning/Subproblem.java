package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.List;

/**
 * One grid node over one week. With constant firm levels the levels come from the master and are
 * fixed through their bounds; the reduced cost of a fixed level is then a subgradient of the week's
 * optimal value in that level (the dual solution stays feasible whatever the bounds), which is what
 * a Benders cut needs. The solver object is kept between solves, so each re-solve starts from the
 * previous basis.
 */
final class Subproblem implements AutoCloseable {
  final int node;
  final int week;
  final AllocationModel model;
  final int[] firmSites;
  final LpSolver solver;
  private final MPSolverParameters parameters = new MPSolverParameters();
  private double value;
  private double[] gradient;

  private Subproblem(int node, int week, AllocationModel model, LpSolver solver) {
    this.node = node;
    this.week = week;
    this.model = model;
    this.solver = solver;
    this.firmSites =
        java.util.stream.IntStream.range(0, model.sites.size())
            .filter(s -> model.sites.get(s).firm())
            .toArray();
    parameters.setIntegerParam(
        MPSolverParameters.IntegerParam.PRESOLVE,
        MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
  }

  static Subproblem build(PlanningProblem problem, int node, int week, LpSolver solver) {
    int from = week * Blocks.WEEK;
    int to = Math.min(problem.hours(), from + Blocks.WEEK);
    List<GridNode> nodes = List.of(problem.nodes().get(node));
    AllocationModel model = AllocationModel.build(problem, nodes, from, to, solver, false);
    return new Subproblem(node, week, model, solver);
  }

  /** Fixes the firm levels (MW, in the order of {@link #firmSites}). */
  void fixFirm(double[] levels) {
    for (int i = 0; i < firmSites.length; i++) {
      firmVariable(i).setBounds(levels[i], levels[i]);
    }
  }

  MPVariable firmVariable(int i) {
    return model.firm[firmSites[i]][0];
  }

  /** Solves from the previous basis; false when the solver did not reach an optimum. */
  boolean solve() {
    MPSolver.ResultStatus status = model.solver.solve(parameters);
    if (status != MPSolver.ResultStatus.OPTIMAL) {
      return false;
    }
    value = model.objectiveValue();
    gradient = new double[firmSites.length];
    for (int i = 0; i < firmSites.length; i++) {
      gradient[i] = firmVariable(i).reducedCost();
    }
    return true;
  }

  double value() {
    return value;
  }

  double[] gradient() {
    return gradient.clone();
  }

  @Override
  public void close() {
    model.close();
  }
}
