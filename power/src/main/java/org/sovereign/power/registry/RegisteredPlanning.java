package org.sovereign.power.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.power.forecast.StoredForecasts;
import org.sovereign.power.forecast.SurplusForecast;
import org.sovereign.power.forecast.SyntheticForecast;
import org.sovereign.power.planning.CurtailmentBudget;
import org.sovereign.power.planning.Economics;
import org.sovereign.power.planning.FirmLevels;
import org.sovereign.power.planning.PlanningProblem;
import org.sovereign.power.planning.Power;
import org.sovereign.power.planning.Site;
import org.sovereign.power.planning.SiteKind;

/**
 * The planning problem for the registered nodes and sites: their contracts in the planner's units,
 * over the stored surplus forecast (or, when asked, the seeded synthetic profile where none is
 * stored).
 */
public final class RegisteredPlanning {
  /** What backup generation costs per MWh (USD), and the price of curtailing beyond a budget. */
  public static final Economics ECONOMICS =
      new Economics(Money.ofMinor(Currency.USD, 12_000), Money.ofMinor(Currency.USD, 50_000));

  private RegisteredPlanning() {}

  /** A problem and whether its surplus is the stored (imported) forecast. */
  public record Instance(PlanningProblem problem, boolean storedForecast) {}

  /**
   * The instance for {@code hours} hours from {@code from}: on the stored forecast when it covers
   * every node, else on the synthetic profile of {@code seed} if {@code syntheticSeed} is present;
   * empty when no site is registered or no forecast is available.
   */
  public static Optional<Instance> of(
      Registry registry,
      StoredForecasts forecasts,
      Instant from,
      int hours,
      Optional<Long> syntheticSeed,
      FirmLevels firm) {
    List<GridNode> nodes = registry.nodes();
    List<org.sovereign.power.registry.Site> sites = registry.sites();
    if (sites.isEmpty() || nodes.isEmpty()) {
      return Optional.empty();
    }
    Instant start = from.truncatedTo(ChronoUnit.HOURS);
    Map<String, Long> nodeIds = new LinkedHashMap<>();
    nodes.forEach(n -> nodeIds.put(n.code(), n.id()));
    Optional<SurplusForecast> stored = forecasts.span(start, hours, nodeIds);
    Optional<SurplusForecast> forecast =
        stored.or(
            () ->
                syntheticSeed.map(
                    seed ->
                        SyntheticForecast.generate(
                            seed, List.copyOf(nodeIds.keySet()), start, hours)));
    return forecast.map(
        f ->
            new Instance(
                new PlanningProblem(planNodes(nodes), planSites(nodes, sites), f, ECONOMICS, firm),
                stored.isPresent()));
  }

  private static List<org.sovereign.power.planning.GridNode> planNodes(List<GridNode> nodes) {
    return nodes.stream()
        .map(
            n ->
                new org.sovereign.power.planning.GridNode(
                    n.code(), Power.ofKilowatts(n.importLimitKw())))
        .toList();
  }

  private static List<Site> planSites(
      List<GridNode> nodes, List<org.sovereign.power.registry.Site> sites) {
    List<Site> out = new ArrayList<>();
    for (var s : sites) {
      String node =
          nodes.stream().filter(n -> n.id() == s.nodeId()).findFirst().orElseThrow().code();
      Money value = Money.ofMinor(Currency.USD, s.valueCentsPerMwh());
      Power contracted = Power.ofKilowatts(s.contractedKw());
      Power ramp = Power.ofKilowatts(Math.max(1, s.rampKwPerMin()));
      String id = "S" + s.orgId().value();
      SiteKind kind = SiteKind.valueOf(s.kind());
      out.add(
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
    return out;
  }
}
