package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereign.power.planning.Problems.fast;
import static org.sovereign.power.planning.Problems.firm;
import static org.sovereign.power.planning.Problems.miner;
import static org.sovereign.power.planning.Problems.mw;
import static org.sovereign.power.planning.Problems.oneNode;
import static org.sovereign.power.planning.Problems.unlimited;
import static org.sovereign.power.planning.Problems.usd;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;

/** The model's value types refuse what cannot be planned, and say why. */
class ModelTest {

  @Test
  void miningValue_shouldBeAbout90DollarsAt17point5JoulesAnd38DollarHashprice() {
    Money value = MiningValue.perMwh(new BigDecimal("17.5"), Money.ofMinor(Currency.USD, 3800));

    assertThat(value).isEqualTo(Money.ofMinor(Currency.USD, 9048));
  }

  @Test
  void miningValue_shouldFallAsEfficiencyWorsens() {
    Money hashprice = Money.ofMinor(Currency.USD, 3800);

    assertThat(MiningValue.perMwh(new BigDecimal("35"), hashprice))
        .isEqualTo(Money.ofMinor(Currency.USD, 4524));
    assertThatThrownBy(() -> MiningValue.perMwh(BigDecimal.ZERO, hashprice))
        .hasMessageContaining("efficiency must be positive");
  }

  @Test
  void site_shouldRefuseABudgetOnAFirmContract() {
    assertThatThrownBy(
            () ->
                new Site(
                    "AI1",
                    SiteKind.AI,
                    "N1",
                    mw(10),
                    ContractClass.FIRM,
                    usd(100),
                    fast(),
                    CurtailmentBudget.of(2, 10)))
        .hasMessageContaining("site AI1")
        .hasMessageContaining("never curtailed");
  }

  @Test
  void site_shouldRefuseBadIdsAndZeroPower() {
    assertThatThrownBy(() -> firm("bad id", 10, 100)).hasMessageContaining("'bad id'");
    assertThatThrownBy(() -> firm("AI1", 0, 100)).hasMessageContaining("contracted power");
    assertThatThrownBy(() -> CurtailmentBudget.of(25, 0)).hasMessageContaining("0..24");
  }

  @Test
  void problem_shouldNameTheSiteOnAnUnknownNode() {
    Site lost =
        Site.interruptible("M9", SiteKind.MINING, "N7", mw(5), usd(80), fast(), unlimited());

    assertThatThrownBy(() -> oneNode(100, new long[] {10}, List.of(lost)))
        .hasMessageContaining("site M9 connects to unknown grid node N7");
  }

  @Test
  void problem_shouldRefuseDuplicateSitesAndOtherCurrencies() {
    Site pkr =
        Site.interruptible(
            "M2",
            SiteKind.MINING,
            "N1",
            mw(5),
            Money.ofMinor(Currency.PKR, 100),
            fast(),
            unlimited());

    assertThatThrownBy(
            () -> oneNode(100, new long[] {10}, List.of(firm("A", 1, 1), firm("A", 2, 2))))
        .hasMessageContaining("site A is listed twice");
    assertThatThrownBy(() -> oneNode(100, new long[] {10}, List.of(pkr)))
        .hasMessageContaining("site M2 is valued in PKR, not USD");
  }

  @Test
  void energyAndPower_shouldStayExactAndNonNegative() {
    assertThat(Energy.ofMegawattHours(3).plus(Energy.ofKilowattHours(250)).kilowattHours())
        .isEqualTo(3250);
    assertThat(Energy.fromMegawattHours(-1e-9)).isEqualTo(Energy.ZERO);
    assertThatThrownBy(() -> Power.ofKilowatts(-1)).hasMessageContaining("-1 kW");
    assertThat(miner("M1", 20, 90, fast(), unlimited()).rampPerHourMw()).isEqualTo(6000.0);
  }

  @Test
  void solveWeek_shouldPlanTheWeekAsItsOwnProblem() {
    PlanningProblem problem = SyntheticInstance.generate(9, 5, 2 * 168);

    Plan week = Problems.solved(Planner.solveWeek(problem, 1, LpSolver.CLP));

    assertThat(week.problem().hours()).isEqualTo(168);
    assertThat(week.problem().forecast().start())
        .isEqualTo(SyntheticInstance.START.plusSeconds(168 * 3600L));
    assertThatThrownBy(() -> Planner.solveWeek(problem, 2, LpSolver.CLP))
        .hasMessageContaining("week 2 is outside");
  }
}
