package org.sovereign.power.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.power.forecast.StoredForecasts;
import org.sovereign.power.forecast.SurplusForecast;
import org.sovereign.power.forecast.SyntheticForecast;
import org.sovereign.power.planning.CurtailmentBudget;
import org.sovereign.power.planning.Economics;
import org.sovereign.power.planning.FirmLevels;
import org.sovereign.power.planning.GridNode;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.planning.PlanningProblem;
import org.sovereign.power.planning.Power;
import org.sovereign.power.planning.Site;
import org.sovereign.power.planning.SiteKind;
import org.sovereign.power.registry.Registry;

/**
 * The week's allocation for the registered sites: the planner over the grid nodes' surplus forecast
 * for the 168 hours from {@code start}, solved with CLP. The forecast is the imported one when
 * every node has every hour of the week stored, else the seeded synthetic profile (and the page
 * says so).
 */
final class WeeklyPlan {
  static final Money BACKUP_COST = Money.ofMinor(Currency.USD, 12_000);
  static final Money EXCESS_PENALTY = Money.ofMinor(Currency.USD, 50_000);

  private WeeklyPlan() {}

  /** A week's plan and whether it was made from the stored (imported) forecast. */
  record Weekly(Plan plan, boolean storedForecast) {}

  /** The plan, or empty when no site is registered. */
  static java.util.Optional<Weekly> of(
      Registry registry, StoredForecasts forecasts, Instant start, long seed) {
    var nodes = registry.nodes();
    var sites = registry.sites();
    if (sites.isEmpty() || nodes.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<GridNode> planNodes = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    nodes.forEach(
        n -> {
          planNodes.add(new GridNode(n.code(), Power.ofKilowatts(n.importLimitKw())));
          ids.add(n.code());
        });
    List<Site> planSites = new ArrayList<>();
    for (var s : sites) {
      String node =
          nodes.stream().filter(n -> n.id() == s.nodeId()).findFirst().orElseThrow().code();
      Money value = Money.ofMinor(Currency.USD, s.valueCentsPerMwh());
      Power contracted = Power.ofKilowatts(s.contractedKw());
      Power ramp = Power.ofKilowatts(Math.max(1, s.rampKwPerMin()));
      String id = "S" + s.orgId().value();
      SiteKind kind = SiteKind.valueOf(s.kind());
      planSites.add(
          s.interruptible()
              ? Site.interruptible(
                  id,
                  kind,
                  node,
                  contracted,
                  value,
                  ramp,
                  CurtailmentBudget.of(
                      s.maxCurtailHoursDay(),
                      Math.max(0, Math.min(1_000_000, s.maxCurtailKwhWeek() / 1_000))))
              : Site.firm(id, kind, node, contracted, value, ramp));
    }
    Instant from = start.truncatedTo(ChronoUnit.HOURS);
    java.util.Map<String, Long> nodeIds = new java.util.LinkedHashMap<>();
    nodes.forEach(n -> nodeIds.put(n.code(), n.id()));
    var stored = forecasts.span(from, 168, nodeIds);
    SurplusForecast forecast =
        stored.orElseGet(() -> SyntheticForecast.generate(seed, ids, from, 168));
    PlanningProblem problem =
        new PlanningProblem(
            planNodes,
            planSites,
            forecast,
            new Economics(BACKUP_COST, EXCESS_PENALTY),
            FirmLevels.CONSTANT);
    return java.util.Optional.of(
        new Weekly(Planner.solve(problem, LpSolver.CLP).orElseThrow(), stored.isPresent()));
  }
}
