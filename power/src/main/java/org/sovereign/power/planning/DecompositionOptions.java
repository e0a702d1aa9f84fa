package org.sovereign.power.planning;

import java.util.Objects;

/**
 * How the decomposition runs: the LP solver for the weekly subproblems (one with warm starts: CLP
 * or GLOP), how many threads solve them, the relative gap between the Benders bounds at which a
 * node's search stops, and a cap on its iterations.
 */
public record DecompositionOptions(
    LpSolver solver, int threads, double relativeTolerance, int maxIterations) {

  public DecompositionOptions {
    Objects.requireNonNull(solver, "solver");
    if (solver == LpSolver.HIGHS || solver == LpSolver.PDLP) {
      throw new IllegalArgumentException(
          "the decomposition needs subproblem duals and warm starts: use CLP or GLOP, not "
              + solver);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (!(relativeTolerance > 0 && relativeTolerance < 1)) {
      throw new IllegalArgumentException(
          "relative tolerance must be in (0, 1), got " + relativeTolerance);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("max iterations must be at least 1");
    }
  }

  /** CLP, one thread per processor, bounds within 10<sup>-5</sup>, at most 60 iterations. */
  public static DecompositionOptions defaults() {
    return new DecompositionOptions(
        LpSolver.CLP, Runtime.getRuntime().availableProcessors(), 1e-5, 60);
  }

  public DecompositionOptions withThreads(int count) {
    return new DecompositionOptions(solver, count, relativeTolerance, maxIterations);
  }

  public DecompositionOptions withSolver(LpSolver other) {
    return new DecompositionOptions(other, threads, relativeTolerance, maxIterations);
  }
}
