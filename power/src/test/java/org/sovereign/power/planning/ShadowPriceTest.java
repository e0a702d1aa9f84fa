package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.power.planning.Problems.solved;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovereign.power.forecast.SurplusForecast;

/**
 * The optimum is concave in each node-hour's surplus, so any shadow price lies between the value of
 * the last MW taken away and of the next MW added. Checked against re-solves with ±1 MW.
 */
class ShadowPriceTest {
  private static final long ONE_MW = 1000;
  private static final long CENT = 1;

  @Test
  void shadowPrice_shouldLieBetweenTheObjectiveChangesOfOneMwLessAndMore() {
    PlanningProblem problem = SyntheticInstance.generate(5, 6, 72);
    Plan plan = solved(Planner.solve(problem, LpSolver.CLP));
    long base = plan.objective().minor();

    for (String node : problem.forecast().nodes()) {
      for (int hour : new int[] {3, 19, 40, 67}) {
        if (problem.forecast().kilowatts(node, hour) < ONE_MW) {
          continue;
        }
        long more = objectiveWith(problem, node, hour, ONE_MW) - base;
        long less = base - objectiveWith(problem, node, hour, -ONE_MW);
        long price = plan.shadowPrice(node, hour).orElseThrow().minor();
        assertThat(price).as("%s hour %d", node, hour).isBetween(more - CENT, less + CENT);
      }
    }
  }

  @Test
  void decomposedShadowPrices_shouldAlsoLieBetweenThoseChanges() {
    PlanningProblem problem = SyntheticInstance.generate(5, 6, 2 * 168);
    Plan plan = solved(Planner.solveDecomposed(problem, DecompositionOptions.defaults()));
    Plan full = solved(Planner.solve(problem, LpSolver.CLP));
    long base = full.objective().minor();

    for (int hour : new int[] {5, 100, 250}) {
      long more = objectiveWith(problem, "N1", hour, ONE_MW) - base;
      long price = plan.shadowPrice("N1", hour).orElseThrow().minor();
      assertThat(price).as("hour %d", hour).isGreaterThanOrEqualTo(more - 100 * CENT);
    }
  }

  private static long objectiveWith(PlanningProblem problem, String node, int hour, long deltaKw) {
    SurplusForecast forecast = problem.forecast();
    Map<String, long[]> series = new LinkedHashMap<>();
    for (String n : forecast.nodes()) {
      long[] kw = forecast.series(n, 0, forecast.hours());
      if (n.equals(node)) {
        kw[hour] += deltaKw;
      }
      series.put(n, kw);
    }
    PlanningProblem changed =
        problem.withForecast(SurplusForecast.of(forecast.start(), forecast.hours(), series));
    return solved(Planner.solve(changed, LpSolver.CLP)).objective().minor();
  }
}
