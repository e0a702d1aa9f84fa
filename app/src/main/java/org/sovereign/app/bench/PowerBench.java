package org.sovereign.app.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.sovereign.power.planning.DecompositionOptions;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.PlanOutcome;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.planning.PlanningProblem;
import org.sovereign.power.planning.SyntheticInstance;

/**
 * The annual power plan: the decomposition (per node and week, Benders on the firm levels) against
 * the anchor, the same LP solved whole by HiGHS, in one run on the same seeded instance. Prints
 * wall and CPU times, both objectives and their relative difference, and the decomposition's own
 * certified gap.
 */
public final class PowerBench {
  static final double GOAL_SECONDS = 10;
  static final double GOAL_GAP = 1e-4;

  /** One contender's result. */
  record Run(Plan plan, double wallSeconds, double cpuSeconds) {}

  private PowerBench() {}

  public static void run(
      PrintWriter out, long seed, int sites, int hours, int threads, LpSolver anchorSolver) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    warmUp(threads);
    PlanningProblem problem = SyntheticInstance.generate(seed, sites, hours);
    out.printf(
        "power plan: %d sites on %d nodes, %,d hours (seed %d); %d threads; load average %.2f%n",
        sites, problem.nodes().size(), hours, seed, threads, load);
    out.flush();
    DecompositionOptions options = DecompositionOptions.defaults().withThreads(threads);
    Run decomposed = measure(() -> Planner.solveDecomposed(problem, options));
    print(out, "decomposition", decomposed);
    out.flush();
    Run anchor = measure(() -> Planner.solve(problem, anchorSolver));
    print(out, "anchor: full LP", anchor);
    summary(out, decomposed, anchor);
    out.flush();
  }

  /** Loads the native solvers and warms the JIT on a small instance (not measured). */
  private static void warmUp(int threads) {
    PlanningProblem small = SyntheticInstance.generate(1, 10, 2 * 168);
    Planner.solveDecomposed(small, DecompositionOptions.defaults().withThreads(threads))
        .orElseThrow();
    Planner.solve(small, LpSolver.HIGHS).orElseThrow();
  }

  private static Run measure(Supplier<PlanOutcome> solve) {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    Plan plan = solve.get().orElseThrow();
    double wall = (System.nanoTime() - start) / 1e9;
    return new Run(plan, wall, (os.getProcessCpuTime() - cpu) / 1e9);
  }

  private static void print(PrintWriter out, String label, Run run) {
    out.printf(
        "%-16s %8.2f s wall %8.2f s CPU  objective %,18.2f %s%n  %s%n",
        label,
        run.wallSeconds(),
        run.cpuSeconds(),
        run.plan().objective().toDecimal(),
        run.plan().problem().currency(),
        run.plan().method());
  }

  private static void summary(PrintWriter out, Run decomposed, Run anchor) {
    long ours = decomposed.plan().objective().minor();
    long best = anchor.plan().objective().minor();
    double gap = (double) (best - ours) / Math.max(1, Math.abs(best));
    out.printf(
        "relative gap to the full LP: %.2e (decomposition's own certificate: %.2e, bound %,.2f)%n",
        gap, decomposed.plan().relativeGap(), decomposed.plan().upperBound().toDecimal());
    out.printf(
        "speed-up %.1fx; goals: <= %.0f s %s, gap <= %.0e %s%n",
        anchor.wallSeconds() / decomposed.wallSeconds(),
        GOAL_SECONDS,
        decomposed.wallSeconds() <= GOAL_SECONDS ? "met" : "NOT met",
        GOAL_GAP,
        Math.abs(gap) <= GOAL_GAP ? "met" : "NOT met");
  }
}
