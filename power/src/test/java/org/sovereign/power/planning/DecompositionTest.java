package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.power.planning.Problems.solved;

import org.junit.jupiter.api.Test;

/** The decomposition against the full LP solved by HiGHS, on instances that solve in seconds. */
class DecompositionTest {
  private static final double GOAL = 1e-4;

  @Test
  void solveDecomposed_shouldMatchTheFullLpWithinOneBasisPointOnEightSitesOverFourWeeks() {
    PlanningProblem problem = SyntheticInstance.generate(11, 8, 4 * 168);

    Plan full = solved(Planner.solve(problem, LpSolver.HIGHS));
    Plan decomposed = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));

    assertThat(relative(decomposed.objective().minor(), full.objective().minor())).isLessThan(GOAL);
    assertThat(decomposed.objective().minor()).isLessThanOrEqualTo(full.objective().minor() + 1);
    assertThat(decomposed.upperBound().minor())
        .isGreaterThanOrEqualTo(full.objective().minor() - 1);
    assertThat(decomposed.relativeGap()).isLessThan(GOAL);
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void solveDecomposed_shouldMatchTheFullLpWithWeeklyFirmLevels() {
    PlanningProblem problem =
        SyntheticInstance.generate(12, 8, 3 * 168).withFirmLevels(FirmLevels.WEEKLY);

    Plan full = solved(Planner.solve(problem, LpSolver.CLP));
    Plan decomposed = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));

    assertThat(relative(decomposed.objective().minor(), full.objective().minor())).isLessThan(GOAL);
    assertThat(decomposed.upperBound().minor())
        .isGreaterThanOrEqualTo(full.objective().minor() - 1);
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void solveDecomposed_shouldGiveTheSamePlanOnOneThreadAsOnTwo() {
    PlanningProblem problem = SyntheticInstance.generate(13, 6, 2 * 168);

    Plan one =
        solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults().withThreads(1)));
    Plan two =
        solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults().withThreads(2)));

    assertThat(two.objective()).isEqualTo(one.objective());
    assertThat(two.method()).contains("2 threads");
  }

  @Test
  void solveDecomposed_shouldHandleAHorizonThatEndsMidWeek() {
    PlanningProblem problem = SyntheticInstance.generate(14, 5, 168 + 48);

    Plan full = solved(Planner.solve(problem, LpSolver.CLP));
    Plan decomposed =
        solved(
            Planner.solveDecomposed(
                problem, DecompositionOptions.defaults().withSolver(LpSolver.GLOP)));

    assertThat(relative(decomposed.objective().minor(), full.objective().minor())).isLessThan(GOAL);
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void fullPlan_shouldObeyEveryConstraint() {
    PlanChecks.assertFeasible(
        solved(Planner.solve(SyntheticInstance.generate(15, 8, 2 * 168), LpSolver.CLP)));
  }

  private static double relative(long a, long b) {
    return Math.abs(a - b) / (double) Math.max(1, Math.abs(b));
  }
}
