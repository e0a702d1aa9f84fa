package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.power.planning.Problems.fast;
import static org.sovereign.power.planning.Problems.firm;
import static org.sovereign.power.planning.Problems.miner;
import static org.sovereign.power.planning.Problems.mw;
import static org.sovereign.power.planning.Problems.oneNode;
import static org.sovereign.power.planning.Problems.solved;
import static org.sovereign.power.planning.Problems.unlimited;
import static org.sovereign.power.planning.Problems.usd;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation LP on problems small enough to solve on paper. */
class AllocationLpTest {

  /**
   * Surplus 80, 30, 60 MW; an AI site (50 MW, $120) and a miner (40 MW, $90); backup $170. Each
   * firm MW earns 120 and costs, per hour, 90 where it displaces mining or 170 where it needs
   * backup: from 40 to 50 MW that is 30 − 50 + 30 = +10 per MW, so the firm level is 50 MW.
   */
  private static PlanningProblem firmAndMiner() {
    return oneNode(
        200,
        new long[] {80, 30, 60},
        List.of(firm("AI1", 50, 120), miner("M1", 40, 90, fast(), unlimited())));
  }

  @Test
  void solve_shouldServeTheFirmLevelAndGiveMiningTheRest() {
    Plan plan = solved(Planner.solve(firmAndMiner(), LpSolver.CLP));

    assertThat(plan.allocationKwh("AI1")).containsExactly(50_000, 50_000, 50_000);
    assertThat(plan.allocationKwh("M1")).containsExactly(30_000, 0, 10_000);
    assertThat(plan.backup("N1", 1)).isEqualTo(Energy.ofMegawattHours(20));
    assertThat(plan.backupTotal()).isEqualTo(Energy.ofMegawattHours(20));
    assertThat(plan.objective()).isEqualTo(usd(18_000 + 3_600 - 3_400));
    assertThat(plan.relativeGap()).isZero();
  }

  @Test
  void solve_shouldPriceEachNodeHourAtWhatOneMoreMwWouldEarn() {
    Plan plan = solved(Planner.solve(firmAndMiner(), LpSolver.CLP));

    assertThat(plan.shadowPrice("N1", 0)).contains(usd(90));
    assertThat(plan.shadowPrice("N1", 1)).contains(usd(170));
    assertThat(plan.shadowPrice("N1", 2)).contains(usd(90));
  }

  @Test
  void solve_shouldRespectTheNodeImportLimit() {
    PlanningProblem problem =
        oneNode(
            35,
            new long[] {80, 80},
            List.of(
                miner("M1", 30, 90, fast(), unlimited()),
                miner("M2", 30, 60, fast(), unlimited())));

    Plan plan = solved(Planner.solve(problem, LpSolver.CLP));

    assertThat(plan.allocationKwh("M1")).containsExactly(30_000, 30_000);
    assertThat(plan.allocationKwh("M2")).containsExactly(5_000, 5_000);
    assertThat(plan.shadowPrice("N1", 0)).contains(usd(0));
  }

  @Test
  void solve_shouldLimitHowFastAMinerPicksLoadUpButNotHowFastItSheds() {
    PlanningProblem problem =
        oneNode(
            200,
            new long[] {0, 100, 100, 100, 0},
            List.of(miner("M1", 100, 90, Power.ofKilowatts(500), unlimited())));

    Plan plan = solved(Planner.solve(problem, LpSolver.CLP));

    assertThat(plan.allocationKwh("M1")).containsExactly(0, 30_000, 60_000, 90_000, 0);
  }

  @Test
  void solve_shouldPayThePenaltyForCurtailmentBeyondTheDailyBudget() {
    long[] surplus = new long[24];
    Arrays.fill(surplus, 10);
    Arrays.fill(surplus, 0, 5, 0);
    PlanningProblem problem =
        oneNode(
            100, surplus, List.of(miner("M1", 10, 90, fast(), CurtailmentBudget.of(2, 10_000))));

    Plan plan = solved(Planner.solve(problem, LpSolver.CLP));

    assertThat(plan.delivered("M1")).isEqualTo(Energy.ofMegawattHours(190));
    assertThat(plan.excessCurtailment("M1")).isEqualTo(Energy.ofMegawattHours(30));
    assertThat(plan.objective()).isEqualTo(usd(90 * 190 - 45 * 30));
  }

  @Test
  void solve_shouldPayThePenaltyForCurtailmentBeyondTheWeeklyBudget() {
    long[] surplus = new long[168];
    Arrays.fill(surplus, 0, 100, 10);
    PlanningProblem problem =
        oneNode(100, surplus, List.of(miner("M1", 10, 90, fast(), CurtailmentBudget.of(24, 500))));

    Plan plan = solved(Planner.solve(problem, LpSolver.GLOP));

    // 1,680 MWh contracted, 1,000 delivered: 680 curtailed against a budget of 500.
    assertThat(plan.excessCurtailment("M1")).isEqualTo(Energy.ofMegawattHours(180));
  }

  @Test
  void solve_shouldLetWeeklyFirmLevelsFollowTheSeasonWithinTheirRamp() {
    long[] surplus = new long[336];
    Arrays.fill(surplus, 0, 168, 100);
    Site ai = Site.firm("AI1", SiteKind.AI, "N1", mw(80), usd(120), Power.ofKilowatts(500));
    PlanningProblem problem = oneNode(200, surplus, List.of(ai)).withFirmLevels(FirmLevels.WEEKLY);

    Plan plan = solved(Planner.solve(problem, LpSolver.CLP));

    assertThat(plan.allocation("AI1", 0)).isEqualTo(Energy.ofMegawattHours(80));
    assertThat(plan.allocation("AI1", 200)).isEqualTo(Energy.ofMegawattHours(50));
  }
}
