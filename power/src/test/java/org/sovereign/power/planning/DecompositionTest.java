package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.power.planning.Problems.solved;

import org.junit.jupiter.api.Test;

/**
 * The decomposition against the full LP, on instances that solve in well under a second. Summer
 * weeks are used where they matter: surplus is scarce then, so the firm levels need several Benders
 * iterations and the ramps across week boundaries need repairing.
 */
class DecompositionTest {
  private static final double GOAL = 1e-4;

  /** Weeks {@code first .. first + count − 1} of a year-long instance. */
  private static PlanningProblem weeks(long seed, int sites, int first, int count) {
    return SyntheticInstance.generate(seed, sites, 8760).slice(168 * first, 168 * (first + count));
  }

  @Test
  void solveDecomposed_shouldMatchTheFullLpByHighsOnEightSitesOverFourSummerWeeks() {
    PlanningProblem problem = weeks(13, 8, 22, 4);

    Plan full = solved(Planner.solve(problem, LpSolver.HIGHS));
    Plan decomposed = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));

    assertThat(relative(decomposed, full)).isLessThanOrEqualTo(GOAL);
    assertThat(decomposed.objective().minor()).isLessThanOrEqualTo(full.objective().minor() + 1);
    assertThat(decomposed.upperBound().minor())
        .isGreaterThanOrEqualTo(full.objective().minor() - 1);
    assertThat(decomposed.relativeGap()).isLessThanOrEqualTo(GOAL);
    assertThat(decomposed.method()).contains("4 Benders iterations", "4 weeks repaired");
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void solveDecomposed_shouldMatchTheFullLpWithWeeklyFirmLevels() {
    PlanningProblem problem = weeks(12, 8, 22, 3).withFirmLevels(FirmLevels.WEEKLY);

    Plan full = solved(Planner.solve(problem, LpSolver.CLP));
    Plan decomposed = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));

    assertThat(relative(decomposed, full)).isLessThanOrEqualTo(GOAL);
    assertThat(decomposed.upperBound().minor())
        .isGreaterThanOrEqualTo(full.objective().minor() - 1);
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void solveDecomposed_shouldStayWithinOneBasisPointAcrossSeedsSeasonsAndFirmModes() {
    for (long seed = 100; seed < 106; seed++) {
      int first = (int) (seed * 7 % 48);
      for (FirmLevels mode : FirmLevels.values()) {
        PlanningProblem problem = weeks(seed, 8 + (int) seed % 5, first, 4).withFirmLevels(mode);

        Plan full = solved(Planner.solve(problem, LpSolver.CLP));
        Plan decomposed = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));

        assertThat(relative(decomposed, full)).as("seed %d, %s", seed, mode).isLessThan(GOAL);
        assertThat(decomposed.upperBound().minor())
            .as("bound, seed %d, %s", seed, mode)
            .isGreaterThanOrEqualTo(full.objective().minor() - 1);
      }
    }
  }

  @Test
  void solveDecomposed_shouldGiveTheSamePlanOnOneThreadAsOnTwo() {
    PlanningProblem problem = weeks(13, 6, 26, 2);

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

    assertThat(relative(decomposed, full)).isLessThan(GOAL);
    PlanChecks.assertFeasible(decomposed);
  }

  @Test
  void fullPlan_shouldObeyEveryConstraint() {
    PlanChecks.assertFeasible(solved(Planner.solve(weeks(15, 8, 28, 2), LpSolver.CLP)));
  }

  private static double relative(Plan decomposed, Plan full) {
    long a = decomposed.objective().minor();
    long b = full.objective().minor();
    return Math.abs(a - b) / (double) Math.max(1, Math.abs(b));
  }
}
