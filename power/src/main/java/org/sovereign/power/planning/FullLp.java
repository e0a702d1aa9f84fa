package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import org.sovereign.base.Money;

/** The whole problem as one LP: every node and hour in one model, one solve. */
final class FullLp {
  private FullLp() {}

  static PlanOutcome solve(PlanningProblem problem, LpSolver solver, Duration timeLimit) {
    long start = System.nanoTime();
    try (AllocationModel model =
        AllocationModel.build(problem, problem.nodes(), 0, problem.hours(), solver, false)) {
      if (timeLimit != null) {
        model.solver.setTimeLimit(timeLimit.toMillis());
      }
      MPSolver.ResultStatus status = model.solver.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        return failure(status, solver);
      }
      PlanSheet sheet = new PlanSheet(problem);
      sheet.read(model, solver.duals());
      Money objective = Dollars.round(problem.currency(), model.objectiveValue());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String method = "full LP (" + solver + ", " + rows(model) + ")";
      return new PlanOutcome.Solved(new Plan(sheet, objective, objective, took, method));
    }
  }

  static String rows(AllocationModel model) {
    return String.format(
        "%,d rows, %,d columns", model.solver.numConstraints(), model.solver.numVariables());
  }

  static PlanOutcome.Failed failure(MPSolver.ResultStatus status, LpSolver solver) {
    PlanOutcome.Reason reason =
        switch (status) {
          case INFEASIBLE -> PlanOutcome.Reason.INFEASIBLE;
          case UNBOUNDED -> PlanOutcome.Reason.UNBOUNDED;
          default -> PlanOutcome.Reason.NOT_OPTIMAL;
        };
    return new PlanOutcome.Failed(reason, solver + " stopped with status " + status);
  }
}
