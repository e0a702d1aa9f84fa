package org.sovereign.power.planning;

import java.time.Duration;

/**
 * Entry point of the planning core. {@link #solve} solves a problem as one LP (a weekly plan is a
 * 168-hour problem); {@link #solveDecomposed} solves long horizons (a year) by decomposition by
 * node and week, with a certified gap to the optimum of the same LP.
 */
public final class Planner {
  private Planner() {}

  /** The whole problem as one LP with {@code solver}, to optimality. */
  public static PlanOutcome solve(PlanningProblem problem, LpSolver solver) {
    return FullLp.solve(problem, solver, null);
  }

  /** As {@link #solve(PlanningProblem, LpSolver)}, giving up after {@code timeLimit}. */
  public static PlanOutcome solve(PlanningProblem problem, LpSolver solver, Duration timeLimit) {
    return FullLp.solve(problem, solver, timeLimit);
  }

  /** Week {@code week} (hours 168·week onwards) of {@code problem}, as one LP. */
  public static PlanOutcome solveWeek(PlanningProblem problem, int week, LpSolver solver) {
    int from = week * 168;
    if (week < 0 || from >= problem.hours()) {
      throw new IllegalArgumentException(
          "week " + week + " is outside the " + problem.hours() + "-hour horizon");
    }
    return solve(problem.slice(from, Math.min(problem.hours(), from + 168)), solver);
  }

  /** The problem by decomposition by node and week (see docs/power-planning.md). */
  public static PlanOutcome solveDecomposed(PlanningProblem problem, DecompositionOptions options) {
    return DecomposedPlanner.solve(problem, options);
  }
}
