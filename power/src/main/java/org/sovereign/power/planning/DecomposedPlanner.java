package org.sovereign.power.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sovereign.base.Money;

/**
 * The annual plan by decomposition (docs/power-planning.md). Grid nodes share nothing but the
 * objective, so each is planned alone. Within a node, the firm levels are the only link between
 * weeks (once the interruptible ramps across week boundaries are set aside): for fixed levels the
 * weeks are independent LPs, solved in parallel and warm-started, and a Benders master per node
 * searches the levels (constant, or weekly within their ramps) from the weeks' cuts until its bound
 * meets the best plan found. A last pass restores the ramps across week boundaries ({@link
 * BoundaryRepair}).
 */
final class DecomposedPlanner {
  private final PlanningProblem problem;
  private final DecompositionOptions options;
  private final ExecutorService pool;
  private final List<List<Subproblem>> byNode = new ArrayList<>();
  private final List<NodeSearch> searches = new ArrayList<>();
  private int solves;
  private final long[] phaseNanos = new long[4];

  private DecomposedPlanner(PlanningProblem problem, DecompositionOptions options) {
    this.problem = problem;
    this.options = options;
    this.pool = Executors.newFixedThreadPool(options.threads());
  }

  static PlanOutcome solve(PlanningProblem problem, DecompositionOptions options) {
    long start = System.nanoTime();
    DecomposedPlanner planner = new DecomposedPlanner(problem, options);
    try {
      return planner.run(start);
    } catch (SubproblemFailed e) {
      return new PlanOutcome.Failed(PlanOutcome.Reason.NOT_OPTIMAL, e.getMessage());
    } finally {
      planner.close();
    }
  }

  private PlanOutcome run(long start) {
    long mark = System.nanoTime();
    build();
    double relaxed = 0;
    startSearches();
    mark = phase(0, mark);
    solveAll(all());
    mark = phase(1, mark);
    for (int n = 0; n < byNode.size(); n++) {
      if (searchOf(n) == null) {
        relaxed += byNode.get(n).stream().mapToDouble(Subproblem::value).sum();
      }
    }
    int iterations = search();
    mark = phase(2, mark);
    double upper = relaxed + searches.stream().mapToDouble(NodeSearch::upperBound).sum();
    int repaired = sum(run(byNode.stream().map(DecomposedPlanner::repairTask).toList()));
    phase(3, mark);
    PlanSheet sheet = new PlanSheet(problem);
    double objective = 0;
    for (Subproblem week : all()) {
      sheet.read(week.model, options.solver().duals());
      objective += week.value();
    }
    Money lower = Dollars.round(problem.currency(), objective);
    Money bound = Dollars.round(problem.currency(), Math.max(upper, objective));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new PlanOutcome.Solved(
        new Plan(sheet, lower, bound, took, method(iterations, repaired)));
  }

  private void build() {
    int weeks = Blocks.weeks(problem.hours());
    List<Callable<Subproblem>> tasks = new ArrayList<>();
    for (int n = 0; n < problem.nodes().size(); n++) {
      for (int w = 0; w < weeks; w++) {
        int node = n;
        int week = w;
        tasks.add(() -> Subproblem.build(problem, node, week, options.solver()));
      }
    }
    List<Subproblem> built = run(tasks);
    for (int n = 0; n < problem.nodes().size(); n++) {
      byNode.add(built.subList(n * weeks, (n + 1) * weeks));
    }
  }

  private void startSearches() {
    for (int n = 0; n < byNode.size(); n++) {
      List<Subproblem> weeks = byNode.get(n);
      AllocationModel first = weeks.get(0).model;
      List<Site> firm = first.sites.stream().filter(Site::firm).toList();
      if (firm.isEmpty()) {
        continue;
      }
      List<Site> interruptible = first.sites.stream().filter(s -> !s.firm()).toList();
      GridNode node = problem.nodes().get(n);
      double[] capacity = firm.stream().mapToDouble(s -> s.contracted().megawatts()).toArray();
      double[] ramp = firm.stream().mapToDouble(Site::rampPerHourMw).toArray();
      int[] periodOfWeek = new int[weeks.size()];
      int size = Blocks.firmPeriod(problem.firmLevels(), problem.hours());
      for (int w = 0; w < periodOfWeek.length; w++) {
        periodOfWeek[w] = w * Blocks.WEEK / size;
      }
      FirmMaster master =
          new FirmMaster(capacity, ramp, node.importLimit().megawatts(), periodOfWeek);
      double[] level = FirmStart.levels(problem, node, firm, interruptible);
      double[] start = new double[(periodOfWeek[periodOfWeek.length - 1] + 1) * level.length];
      for (int i = 0; i < start.length; i++) {
        start[i] = level[i % level.length];
      }
      double total = java.util.Arrays.stream(capacity).sum();
      NodeSearch search =
          new NodeSearch(n, weeks, master, start, total, options.relativeTolerance());
      searches.add(search);
      search.fixTrial();
    }
  }

  /** Benders iterations until every node's bounds meet; returns the most any node needed. */
  private int search() {
    List<NodeSearch> active = searches;
    while (!active.isEmpty()) {
      active = active.stream().filter(s -> s.advance(options.maxIterations())).toList();
      List<Subproblem> next = new ArrayList<>();
      for (NodeSearch search : active) {
        search.fixTrial();
        next.addAll(search.weeks);
      }
      solveAll(next);
    }
    List<Subproblem> settle = new ArrayList<>();
    for (NodeSearch search : searches) {
      if (!search.solvedAtBest()) {
        search.fixBest();
        settle.addAll(search.weeks);
      }
    }
    solveAll(settle);
    return searches.stream().mapToInt(NodeSearch::iterations).max().orElse(0);
  }

  private long phase(int index, long since) {
    long now = System.nanoTime();
    phaseNanos[index] += now - since;
    return now;
  }

  private NodeSearch searchOf(int node) {
    return searches.stream().filter(s -> s.node == node).findFirst().orElse(null);
  }

  private static Callable<Integer> repairTask(List<Subproblem> weeks) {
    return () -> BoundaryRepair.repair(weeks);
  }

  private void solveAll(List<Subproblem> weeks) {
    solves += weeks.size();
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (Subproblem week : weeks) {
      tasks.add(week::solve);
    }
    List<Boolean> solved = run(tasks);
    for (int i = 0; i < weeks.size(); i++) {
      if (!solved.get(i)) {
        Subproblem week = weeks.get(i);
        throw new SubproblemFailed(
            "week "
                + week.week
                + " of node "
                + problem.nodes().get(week.node).id()
                + " with "
                + options.solver()
                + " did not reach an optimum");
      }
    }
  }

  private <T> List<T> run(List<Callable<T>> tasks) {
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SubproblemFailed("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private List<Subproblem> all() {
    return byNode.stream().flatMap(List::stream).toList();
  }

  private static int sum(List<Integer> counts) {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  private String method(int iterations, int repaired) {
    return String.format(
        "decomposition by node and week (%s, %d threads): %d subproblems, %d Benders"
            + " iterations at most, %,d solves, %d weeks repaired at ramps; build %.2f s, first"
            + " solves %.2f s, Benders %.2f s, repair %.2f s",
        options.solver(),
        options.threads(),
        all().size(),
        iterations,
        solves,
        repaired,
        phaseNanos[0] / 1e9,
        phaseNanos[1] / 1e9,
        phaseNanos[2] / 1e9,
        phaseNanos[3] / 1e9);
  }

  private void close() {
    pool.shutdownNow();
    searches.forEach(NodeSearch::close);
    all().forEach(Subproblem::close);
  }
}
