package org.sovereign.power.planning;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The allocation LP (docs/power-planning.md) of some grid nodes over hours {@code [from, to)} of a
 * problem, built into one OR-Tools solver. Hours are counted from the problem's first hour; arrays
 * below are indexed by the hour minus {@code from}. Rows whose bounds can never bind are left out;
 * what remains is the model the docs write down.
 */
final class AllocationModel implements AutoCloseable {
  private static final double INF = Double.POSITIVE_INFINITY;

  final PlanningProblem problem;
  final List<GridNode> nodes;
  final List<Site> sites;
  final int from;
  final int to;
  final MPSolver solver;
  final MPVariable[][] allocation;
  final MPVariable[][] firm;
  final int firstPeriod;
  final MPVariable[][] backup;
  final MPConstraint[][] balance;
  final List<Excess> excess = new ArrayList<>();
  private final boolean named;
  private final MPObjective objective;

  /** An excess-curtailment variable, its site (index into {@link #sites}) and first hour. */
  record Excess(int site, int start, MPVariable variable) {}

  private AllocationModel(
      PlanningProblem problem,
      List<GridNode> nodes,
      int from,
      int to,
      MPSolver solver,
      boolean named) {
    this.problem = problem;
    this.nodes = List.copyOf(nodes);
    this.sites = problem.sites().stream().filter(s -> atNodes(nodes, s)).toList();
    this.from = from;
    this.to = to;
    this.solver = solver;
    this.named = named;
    this.objective = solver.objective();
    int size = Blocks.firmPeriod(problem.firmLevels(), problem.hours());
    this.firstPeriod = Blocks.first(from, size);
    this.allocation = new MPVariable[sites.size()][];
    this.firm = new MPVariable[sites.size()][];
    this.backup = new MPVariable[nodes.size()][];
    this.balance = new MPConstraint[nodes.size()][to - from];
  }

  /**
   * Builds the model. {@code from} must start a day (budgets are per day and week); {@code named}
   * gives every row and column a readable name, for MPS files.
   */
  static AllocationModel build(
      PlanningProblem problem,
      List<GridNode> nodes,
      int from,
      int to,
      LpSolver lpSolver,
      boolean named) {
    if (from % Blocks.DAY != 0 || from < 0 || to <= from || to > problem.hours()) {
      throw new IllegalArgumentException(
          "hours [" + from + ", " + to + ") are not a day-aligned part of " + problem.hours());
    }
    AllocationModel model =
        new AllocationModel(problem, nodes, from, to, OrTools.create(lpSolver), named);
    model.objective.setMaximization();
    model.addSiteColumns();
    for (int n = 0; n < nodes.size(); n++) {
      model.addNodeRows(n);
    }
    for (int s = 0; s < model.sites.size(); s++) {
      model.addSiteRows(s);
    }
    return model;
  }

  private static boolean atNodes(List<GridNode> nodes, Site site) {
    return nodes.stream().anyMatch(n -> n.id().equals(site.nodeId()));
  }

  int period(int hour) {
    return hour / Blocks.firmPeriod(problem.firmLevels(), problem.hours()) - firstPeriod;
  }

  private void addSiteColumns() {
    int size = Blocks.firmPeriod(problem.firmLevels(), problem.hours());
    for (int s = 0; s < sites.size(); s++) {
      Site site = sites.get(s);
      double cap = site.contracted().megawatts();
      double value = Dollars.of(site.valuePerMwh());
      if (site.firm()) {
        int periods = Blocks.last(to, size) - firstPeriod + 1;
        firm[s] = new MPVariable[periods];
        for (int k = 0; k < periods; k++) {
          int hours = Blocks.overlap(firstPeriod + k, size, from, to);
          firm[s][k] = column(0, cap, value * hours, "f", site.id(), firstPeriod + k);
        }
      } else {
        allocation[s] = new MPVariable[to - from];
        for (int t = from; t < to; t++) {
          allocation[s][t - from] = column(0, cap, value, "x", site.id(), t);
        }
      }
    }
  }

  private void addNodeRows(int n) {
    GridNode node = nodes.get(n);
    List<Integer> local = sitesAt(node);
    boolean hasFirm = local.stream().anyMatch(s -> sites.get(s).firm());
    boolean capBackup = hasFirm && backupMayServeInterruptible(local);
    boolean importBinds = contractedMw(local) > node.importLimit().megawatts();
    double backupCost = Dollars.of(problem.economics().backupCostPerMwh());
    backup[n] = hasFirm ? new MPVariable[to - from] : null;
    long[] surplus = problem.forecast().series(node.id(), from, to);
    for (int t = from; t < to; t++) {
      MPConstraint row = row(-INF, surplus[t - from] / 1000.0, "bal", node.id(), t);
      MPConstraint limit =
          importBinds ? row(-INF, node.importLimit().megawatts(), "imp", node.id(), t) : null;
      MPConstraint cap = capBackup ? row(-INF, 0, "bcap", node.id(), t) : null;
      for (int s : local) {
        MPVariable load = load(s, t);
        row.setCoefficient(load, 1);
        if (limit != null) {
          limit.setCoefficient(load, 1);
        }
        if (cap != null && sites.get(s).firm()) {
          cap.setCoefficient(load, -1);
        }
      }
      if (hasFirm) {
        MPVariable b = column(0, INF, -backupCost, "b", node.id(), t);
        backup[n][t - from] = b;
        row.setCoefficient(b, -1);
        if (cap != null) {
          cap.setCoefficient(b, 1);
        }
      }
      balance[n][t - from] = row;
    }
  }

  /** The column that carries site {@code s}'s load in hour {@code t}. */
  MPVariable load(int s, int t) {
    return sites.get(s).firm() ? firm[s][period(t)] : allocation[s][t - from];
  }

  private List<Integer> sitesAt(GridNode node) {
    List<Integer> local = new ArrayList<>();
    for (int s = 0; s < sites.size(); s++) {
      if (sites.get(s).nodeId().equals(node.id())) {
        local.add(s);
      }
    }
    return local;
  }

  private double contractedMw(List<Integer> local) {
    return local.stream().mapToDouble(s -> sites.get(s).contracted().megawatts()).sum();
  }

  /**
   * Backup is bought for firm load only. When it costs more than any interruptible site's value
   * plus the excess-curtailment penalty, no optimum would spend it on interruptible load, so the
   * row that says so ({@code backup <= firm load}) is left out.
   */
  private boolean backupMayServeInterruptible(List<Integer> local) {
    double penalty = Dollars.of(problem.economics().excessCurtailmentPenaltyPerMwh());
    double backupCost = Dollars.of(problem.economics().backupCostPerMwh());
    return local.stream()
        .map(sites::get)
        .filter(s -> !s.firm())
        .anyMatch(s -> Dollars.of(s.valuePerMwh()) + penalty >= backupCost);
  }

  private void addSiteRows(int s) {
    Site site = sites.get(s);
    if (site.firm()) {
      addFirmRamps(s);
      return;
    }
    double ramp = site.rampPerHourMw();
    if (ramp < site.contracted().megawatts()) {
      for (int t = from + 1; t < to; t++) {
        MPConstraint row = row(-INF, ramp, "ramp", site.id(), t);
        row.setCoefficient(allocation[s][t - from], 1);
        row.setCoefficient(allocation[s][t - from - 1], -1);
      }
    }
    addBudgets(s);
  }

  private void addFirmRamps(int s) {
    Site site = sites.get(s);
    double ramp = site.rampPerHourMw();
    if (ramp >= site.contracted().megawatts()) {
      return;
    }
    for (int k = 1; k < firm[s].length; k++) {
      MPConstraint row = row(-ramp, ramp, "framp", site.id(), firstPeriod + k);
      row.setCoefficient(firm[s][k], 1);
      row.setCoefficient(firm[s][k - 1], -1);
    }
  }

  private void addBudgets(int s) {
    Site site = sites.get(s);
    double cap = site.contracted().megawatts();
    int hours = problem.hours();
    for (int d = Blocks.first(from, Blocks.DAY); d <= Blocks.last(to, Blocks.DAY); d++) {
      int length = Blocks.length(d, Blocks.DAY, hours);
      double allowed = cap * site.budget().hoursPerDay() * length / Blocks.DAY;
      addBudget(s, "day", d, d * Blocks.DAY, length, cap * length - allowed);
    }
    for (int w = Blocks.first(from, Blocks.WEEK); w <= Blocks.last(to, Blocks.WEEK); w++) {
      int length = Blocks.length(w, Blocks.WEEK, hours);
      double allowed = site.budget().perWeek().megawattHours() * length / Blocks.WEEK;
      addBudget(s, "week", w, w * Blocks.WEEK, length, cap * length - allowed);
    }
  }

  /** Delivered MWh over the block plus the paid excess must reach {@code required} MWh. */
  private void addBudget(int s, String kind, int index, int start, int length, double required) {
    if (required <= 1e-9 || start < from || start + length > to) {
      return;
    }
    double penalty = Dollars.of(problem.economics().excessCurtailmentPenaltyPerMwh());
    String id = sites.get(s).id();
    MPConstraint row = row(required, INF, kind, id, index);
    for (int t = start; t < start + length; t++) {
      row.setCoefficient(allocation[s][t - from], 1);
    }
    MPVariable paid = column(0, INF, -penalty, "e" + kind, id, index);
    row.setCoefficient(paid, 1);
    excess.add(new Excess(s, start, paid));
  }

  private MPVariable column(double lb, double ub, double cost, String kind, String id, int t) {
    MPVariable v = solver.makeNumVar(lb, ub, named ? kind + "." + id + "." + t : "");
    if (cost != 0) {
      objective.setCoefficient(v, cost);
    }
    return v;
  }

  private MPConstraint row(double lb, double ub, String kind, String id, int t) {
    return named
        ? solver.makeConstraint(lb, ub, kind + "." + id + "." + t)
        : solver.makeConstraint(lb, ub);
  }

  double objectiveValue() {
    return objective.value();
  }

  @Override
  public void close() {
    solver.delete();
  }
}
