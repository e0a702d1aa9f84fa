package org.sovereign.power.planning;

import java.util.Arrays;
import java.util.List;

/**
 * The Benders search for one node's firm levels: its weekly subproblems, its master, the best
 * levels evaluated so far (a lower bound) and the master's bound (an upper bound). A step that
 * improves on the best moves the trust region's centre there and, when the step reached the edge of
 * the region, doubles the region; a step that does not improve halves it (its cuts still tighten
 * the master).
 */
final class NodeSearch implements AutoCloseable {
  /** The first trust region, as a share of the node's firm capacity (measured: fewest solves). */
  private static final double FIRST_RADIUS = 0.25;

  final int node;
  final List<Subproblem> weeks;
  private final FirmMaster master;
  private final double tolerance;
  private double[] best;
  private double lowerBound = Double.NEGATIVE_INFINITY;
  private double upperBound = Double.POSITIVE_INFINITY;
  private double radius;
  private double[] trial;
  private int iterations;
  private double[] solvedAt;

  /**
   * @param start feasible levels to try first (all periods, flattened as in {@link FirmMaster})
   * @param firmCapacityMw the node's firm capacity in one period, which scales the trust region
   */
  NodeSearch(
      int node,
      List<Subproblem> weeks,
      FirmMaster master,
      double[] start,
      double firmCapacityMw,
      double tolerance) {
    this.node = node;
    this.weeks = weeks;
    this.master = master;
    this.tolerance = tolerance;
    this.trial = start.clone();
    this.best = start.clone();
    this.radius = Math.max(1.0, FIRST_RADIUS * firmCapacityMw);
  }

  /** Fixes every week's firm levels at the next trial. */
  void fixTrial() {
    fix(trial);
  }

  /** Fixes every week's firm levels at the best levels found. */
  void fixBest() {
    fix(best);
  }

  private void fix(double[] levels) {
    for (Subproblem week : weeks) {
      week.fixFirm(master.slice(levels, week.week));
    }
  }

  /**
   * Takes in the weeks just solved at {@link #trial()} and proposes the next trial; false once the
   * bounds have met (or {@code maxIterations} are spent).
   */
  boolean advance(int maxIterations) {
    iterations++;
    solvedAt = trial.clone();
    double total = 0;
    for (Subproblem week : weeks) {
      master.addCut(week.week, week.value(), master.slice(trial, week.week), week.gradient());
      total += week.value();
    }
    if (total > lowerBound) {
      boolean atEdge = distance(trial, best) >= radius * 0.999;
      lowerBound = total;
      best = trial.clone();
      radius = atEdge ? radius * 2 : radius;
    } else {
      radius = Math.max(1e-3, radius / 2);
    }
    FirmMaster.Proposal proposal = master.propose(best, radius);
    upperBound = Math.min(upperBound, proposal.upperBound());
    trial = proposal.levels();
    return !converged() && iterations < maxIterations;
  }

  boolean converged() {
    return upperBound - lowerBound <= tolerance * Math.max(1.0, Math.abs(lowerBound));
  }

  /** Whether the weeks' current solutions are those at the best levels. */
  boolean solvedAtBest() {
    return Arrays.equals(solvedAt, best);
  }

  double upperBound() {
    return upperBound;
  }

  int iterations() {
    return iterations;
  }

  private static double distance(double[] a, double[] b) {
    double most = 0;
    for (int i = 0; i < a.length; i++) {
      most = Math.max(most, Math.abs(a[i] - b[i]));
    }
    return most;
  }

  @Override
  public void close() {
    master.close();
  }
}
