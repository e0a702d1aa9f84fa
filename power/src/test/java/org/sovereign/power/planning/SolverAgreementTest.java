package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.power.planning.Problems.solved;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.junit.jupiter.api.Test;

/** Independent LP solvers must agree on the optimum of the same model. */
class SolverAgreementTest {

  @Test
  void highsClpAndGlop_shouldReachTheSameOptimumOnATinyInstance() {
    PlanningProblem problem = SyntheticInstance.generate(3, 4, 48);

    long highs = solved(Planner.solve(problem, LpSolver.HIGHS)).objective().minor();
    long clp = solved(Planner.solve(problem, LpSolver.CLP)).objective().minor();
    long glop = solved(Planner.solve(problem, LpSolver.GLOP)).objective().minor();

    assertThat(clp).isCloseTo(highs, org.assertj.core.data.Offset.offset(2L));
    assertThat(glop).isCloseTo(highs, org.assertj.core.data.Offset.offset(2L));
  }

  @Test
  void clpAndGlop_shouldAgreeOnShadowPricesWhereTheyAreUnique() {
    PlanningProblem problem = SyntheticInstance.generate(3, 4, 48);

    Plan clp = solved(Planner.solve(problem, LpSolver.CLP));
    Plan glop = solved(Planner.solve(problem, LpSolver.GLOP));

    assertThat(clp.objective()).isEqualTo(glop.objective());
    assertThat(clp.hasShadowPrices()).isTrue();
    assertThat(solved(Planner.solve(problem, LpSolver.HIGHS)).hasShadowPrices()).isFalse();
  }

  @Test
  void orToolsHighs_shouldStillReportRowActivitiesAsDuals() {
    // max 3x + 2y, x + y <= 4, x <= 3: the duals are 2 and 1. OR-Tools 9.15's HiGHS interface
    // answers 4 and 3 (the rows' activities). When this test fails, the wrapper has been fixed
    // and LpSolver.HIGHS may report its duals.
    OrTools.load();
    MPSolver solver = OrTools.create(LpSolver.HIGHS);
    try {
      MPVariable x = solver.makeNumVar(0, 10, "x");
      MPVariable y = solver.makeNumVar(0, 10, "y");
      MPConstraint both = solver.makeConstraint(Double.NEGATIVE_INFINITY, 4, "both");
      both.setCoefficient(x, 1);
      both.setCoefficient(y, 1);
      MPConstraint first = solver.makeConstraint(Double.NEGATIVE_INFINITY, 3, "first");
      first.setCoefficient(x, 1);
      solver.objective().setCoefficient(x, 3);
      solver.objective().setCoefficient(y, 2);
      solver.objective().setMaximization();

      assertThat(solver.solve()).isEqualTo(MPSolver.ResultStatus.OPTIMAL);
      assertThat(solver.objective().value()).isEqualTo(11.0);
      assertThat(both.dualValue()).isEqualTo(4.0);
      assertThat(first.dualValue()).isEqualTo(3.0);
    } finally {
      solver.delete();
    }
  }
}
