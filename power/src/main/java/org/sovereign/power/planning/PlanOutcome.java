package org.sovereign.power.planning;

/** The result of a solve: a plan, or the reason there is none. */
public sealed interface PlanOutcome {

  /** A plan was found (optimal for a single LP; within the stated gap for the decomposition). */
  record Solved(Plan plan) implements PlanOutcome {}

  /** No plan: the solver stopped without an optimal solution. */
  record Failed(Reason reason, String detail) implements PlanOutcome {}

  /** Why a solve produced no plan. */
  enum Reason {
    INFEASIBLE,
    UNBOUNDED,
    NOT_OPTIMAL
  }

  /** The plan, or an exception naming why there is none. */
  default Plan orElseThrow() {
    return switch (this) {
      case Solved s -> s.plan();
      case Failed f ->
          throw new IllegalStateException("no plan: " + f.reason() + " (" + f.detail() + ")");
    };
  }
}
