package org.sovereign.power.planning;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sovereign.base.Money;

/**
 * A solved allocation: energy per site and hour, backup per node and hour, shadow prices per node
 * and hour, the objective and how it was reached. Energy is exact kWh (the LP's MW values rounded
 * to the kWh); money is in minor units. Immutable.
 *
 * <p>{@link #objective()} is the LP optimum (value of energy delivered, minus backup and excess
 * curtailment paid) rounded to the minor unit; {@link #upperBound()} is a proven bound on the best
 * possible objective (equal to the objective for a single LP, the Benders bound for the
 * decomposition), so {@link #relativeGap()} certifies how close to optimal the plan is.
 */
public final class Plan {
  private final PlanningProblem problem;
  private final Map<String, Integer> siteIndex;
  private final long[][] allocationKwh;
  private final long[][] shadowMinorPerMwh;
  private final long[][] backupKwh;
  private final long[] excessKwh;
  private final Money objective;
  private final Money upperBound;
  private final Duration solveTime;
  private final String method;

  Plan(PlanSheet sheet, Money objective, Money upperBound, Duration solveTime, String method) {
    this.problem = sheet.problem;
    this.siteIndex = problem.siteIndex();
    this.allocationKwh = sheet.copy(sheet.allocationKwh);
    this.shadowMinorPerMwh = sheet.shadowPrices ? sheet.copy(sheet.shadowMinorPerMwh) : null;
    this.backupKwh = sheet.copy(sheet.backupKwh);
    this.excessKwh =
        Arrays.stream(sheet.excessKwhByWeek).mapToLong(w -> Arrays.stream(w).sum()).toArray();
    this.objective = Objects.requireNonNull(objective);
    this.upperBound = Objects.requireNonNull(upperBound);
    this.solveTime = Objects.requireNonNull(solveTime);
    this.method = Objects.requireNonNull(method);
  }

  public PlanningProblem problem() {
    return problem;
  }

  /** Energy delivered to {@code siteId} in hour {@code hour} (equal to its mean power in kW). */
  public Energy allocation(String siteId, int hour) {
    return Energy.ofKilowattHours(allocationKwh[site(siteId)][hour]);
  }

  /** The whole hourly allocation of {@code siteId}, in kWh per hour. */
  public long[] allocationKwh(String siteId) {
    return allocationKwh[site(siteId)].clone();
  }

  /** Energy delivered to {@code siteId} over the whole horizon. */
  public Energy delivered(String siteId) {
    return Energy.ofKilowattHours(Arrays.stream(allocationKwh[site(siteId)]).sum());
  }

  /** Whether the solver's duals were trustworthy (see {@link LpSolver#duals()}). */
  public boolean hasShadowPrices() {
    return shadowMinorPerMwh != null;
  }

  /**
   * What one more MW of surplus at {@code nodeId} in hour {@code hour} would add to the objective
   * (per MWh, rounded to the minor unit): the dual of that node's balance row. Empty when the
   * solver's duals are not available.
   */
  public Optional<Money> shadowPrice(String nodeId, int hour) {
    if (shadowMinorPerMwh == null) {
      return Optional.empty();
    }
    return Optional.of(Money.ofMinor(problem.currency(), shadowMinorPerMwh[node(nodeId)][hour]));
  }

  /** Backup generation bought at {@code nodeId} in hour {@code hour}. */
  public Energy backup(String nodeId, int hour) {
    return Energy.ofKilowattHours(backupKwh[node(nodeId)][hour]);
  }

  /** Backup generation bought over the whole horizon, all nodes. */
  public Energy backupTotal() {
    return Energy.ofKilowattHours(
        Arrays.stream(backupKwh).flatMapToLong(Arrays::stream).reduce(0, Math::addExact));
  }

  /** Curtailment of {@code siteId} beyond its budgets, paid at the penalty. */
  public Energy excessCurtailment(String siteId) {
    return Energy.ofKilowattHours(excessKwh[site(siteId)]);
  }

  public Energy excessCurtailmentTotal() {
    return Energy.ofKilowattHours(Arrays.stream(excessKwh).reduce(0, Math::addExact));
  }

  public Money objective() {
    return objective;
  }

  public Money upperBound() {
    return upperBound;
  }

  /** (upper bound − objective) / |objective|: zero for a single LP solved to optimality. */
  public double relativeGap() {
    return (double) (upperBound.minor() - objective.minor())
        / Math.max(1, Math.abs(objective.minor()));
  }

  /** Wall time of the solve, model building included. */
  public Duration solveTime() {
    return solveTime;
  }

  /** How the plan was computed: the method and the solver. */
  public String method() {
    return method;
  }

  private int site(String siteId) {
    Integer index = siteIndex.get(siteId);
    if (index == null) {
      throw new IllegalArgumentException("no site " + siteId + " in this plan");
    }
    return index;
  }

  private int node(String nodeId) {
    for (int n = 0; n < problem.nodes().size(); n++) {
      if (problem.nodes().get(n).id().equals(nodeId)) {
        return n;
      }
    }
    throw new IllegalArgumentException("no grid node " + nodeId + " in this plan");
  }
}
