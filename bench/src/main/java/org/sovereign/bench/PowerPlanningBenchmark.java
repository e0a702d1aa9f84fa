package org.sovereign.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.power.planning.DecompositionOptions;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.planning.PlanningProblem;
import org.sovereign.power.planning.SyntheticInstance;

/**
 * The weekly power plan (50 sites, 5 nodes, 168 hours, seed 42), model building included: the full
 * LP with CLP, GLOP and HiGHS side by side, and the decomposition by node (CLP, one thread) for the
 * same week.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class PowerPlanningBenchmark {

  /** The week to plan. */
  @State(Scope.Benchmark)
  public static class Week {
    PlanningProblem problem;

    @Setup
    public void setUp() {
      problem = SyntheticInstance.generate(42, 50, 168);
    }
  }

  /** The LP solver of the full model. */
  @State(Scope.Thread)
  public static class Solver {
    @Param({"CLP", "GLOP", "HIGHS"})
    public String name;
  }

  @Benchmark
  public Plan weeklyPlanFullLp(Week week, Solver solver) {
    return Planner.solve(week.problem, LpSolver.parse(solver.name)).orElseThrow();
  }

  @Benchmark
  public Plan weeklyPlanDecomposedClp(Week week) {
    return Planner.solveDecomposed(week.problem, DecompositionOptions.defaults().withThreads(1))
        .orElseThrow();
  }
}
