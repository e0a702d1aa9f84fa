package org.sovereign.power.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sovereign.power.forecast.StoredForecasts;
import org.sovereign.power.planning.DecompositionOptions;
import org.sovereign.power.planning.FirmLevels;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.registry.RegisteredPlanning;
import org.sovereign.power.registry.Registry;

/**
 * The console's allocation for the registered sites: a week (168 hours, one LP with CLP) or a year
 * (8,760 hours, by decomposition) from {@code start}. The forecast is the imported one when every
 * node has every hour stored, else the seeded synthetic profile (and the page says so). Plans are
 * kept while the sites, nodes and forecast imports stay the same.
 */
final class WeeklyPlan {
  static final int WEEK = 168;
  static final int YEAR = 8_760;
  private static final Map<String, Weekly> CACHE = new ConcurrentHashMap<>();

  private WeeklyPlan() {}

  /** A plan and whether it was made from the stored (imported) forecast. */
  record Weekly(Plan plan, boolean storedForecast) {}

  /** The plan, or empty when no site is registered. */
  static Optional<Weekly> of(
      Registry registry, StoredForecasts forecasts, Instant start, int hours, long seed) {
    var imports = forecasts.imports();
    String key =
        start
            + "/"
            + hours
            + "/"
            + registry.sites()
            + "/"
            + registry.nodes()
            + "/"
            + (imports.isEmpty() ? 0 : imports.getFirst().id());
    Weekly cached = CACHE.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Weekly> plan =
        RegisteredPlanning.of(
                registry, forecasts, start, hours, Optional.of(seed), FirmLevels.CONSTANT)
            .map(i -> new Weekly(solve(i.problem(), hours), i.storedForecast()));
    plan.ifPresent(
        p -> {
          if (CACHE.size() > 16) {
            CACHE.clear();
          }
          CACHE.put(key, p);
        });
    return plan;
  }

  private static Plan solve(org.sovereign.power.planning.PlanningProblem problem, int hours) {
    return (hours <= 4 * WEEK
            ? Planner.solve(problem, LpSolver.CLP)
            : Planner.solveDecomposed(problem, DecompositionOptions.defaults()))
        .orElseThrow();
  }
}
