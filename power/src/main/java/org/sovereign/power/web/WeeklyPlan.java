package org.sovereign.power.web;

import java.time.Instant;
import java.util.Optional;
import org.sovereign.power.forecast.StoredForecasts;
import org.sovereign.power.planning.FirmLevels;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.registry.RegisteredPlanning;
import org.sovereign.power.registry.Registry;

/**
 * The week's allocation for the registered sites: the planner over the grid nodes' surplus forecast
 * for the 168 hours from {@code start}, solved with CLP. The forecast is the imported one when
 * every node has every hour of the week stored, else the seeded synthetic profile (and the page
 * says so).
 */
final class WeeklyPlan {
  private WeeklyPlan() {}

  /** A week's plan and whether it was made from the stored (imported) forecast. */
  record Weekly(Plan plan, boolean storedForecast) {}

  /** The plan, or empty when no site is registered. */
  static Optional<Weekly> of(
      Registry registry, StoredForecasts forecasts, Instant start, long seed) {
    return RegisteredPlanning.of(
            registry, forecasts, start, 168, Optional.of(seed), FirmLevels.CONSTANT)
        .map(
            i ->
                new Weekly(
                    Planner.solve(i.problem(), LpSolver.CLP).orElseThrow(), i.storedForecast()));
  }
}
