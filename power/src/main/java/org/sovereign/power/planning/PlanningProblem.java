package org.sovereign.power.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sovereign.base.Currency;
import org.sovereign.power.forecast.SurplusForecast;

/**
 * Everything one plan needs: the grid nodes, the sites, the hourly surplus per node, the prices of
 * backup and excess curtailment, and whether firm levels are constant or weekly. Days and weeks
 * (for curtailment budgets and weekly firm levels) are blocks of 24 and 168 hours from the
 * forecast's first hour; a trailing partial block gets its budget in proportion to its length.
 */
public record PlanningProblem(
    List<GridNode> nodes,
    List<Site> sites,
    SurplusForecast forecast,
    Economics economics,
    FirmLevels firmLevels) {

  public PlanningProblem {
    nodes = List.copyOf(nodes);
    sites = List.copyOf(sites);
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(economics, "economics");
    Objects.requireNonNull(firmLevels, "firmLevels");
    checkNodes(nodes, forecast);
    checkSites(nodes, sites, economics.backupCostPerMwh().currency());
  }

  private static void checkNodes(List<GridNode> nodes, SurplusForecast forecast) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a planning problem needs at least one grid node");
    }
    Set<String> seen = new HashSet<>();
    for (GridNode node : nodes) {
      if (!seen.add(node.id())) {
        throw new IllegalArgumentException("grid node " + node.id() + " is listed twice");
      }
      if (!forecast.covers(node.id())) {
        throw new IllegalArgumentException("the forecast has no surplus for node " + node.id());
      }
    }
  }

  private static void checkSites(List<GridNode> nodes, List<Site> sites, Currency currency) {
    if (sites.isEmpty()) {
      throw new IllegalArgumentException("a planning problem needs at least one site");
    }
    Set<String> nodeIds = new HashSet<>();
    nodes.forEach(n -> nodeIds.add(n.id()));
    Set<String> seen = new HashSet<>();
    for (Site site : sites) {
      if (!seen.add(site.id())) {
        throw new IllegalArgumentException("site " + site.id() + " is listed twice");
      }
      if (!nodeIds.contains(site.nodeId())) {
        throw new IllegalArgumentException(
            "site " + site.id() + " connects to unknown grid node " + site.nodeId());
      }
      if (site.valuePerMwh().currency() != currency) {
        throw new IllegalArgumentException(
            "site "
                + site.id()
                + " is valued in "
                + site.valuePerMwh().currency()
                + ", not "
                + currency);
      }
    }
  }

  public int hours() {
    return forecast.hours();
  }

  public Currency currency() {
    return economics.backupCostPerMwh().currency();
  }

  /** The sites connected to {@code nodeId}, in problem order. */
  public List<Site> sitesAt(String nodeId) {
    return sites.stream().filter(s -> s.nodeId().equals(nodeId)).toList();
  }

  public Site site(String siteId) {
    return sites.stream()
        .filter(s -> s.id().equals(siteId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
  }

  /** Position of each site in {@link #sites()}. */
  Map<String, Integer> siteIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sites.size(); i++) {
      index.put(sites.get(i).id(), i);
    }
    return index;
  }

  /** The same problem with firm levels that change {@code levels}. */
  public PlanningProblem withFirmLevels(FirmLevels levels) {
    return new PlanningProblem(nodes, sites, forecast, economics, levels);
  }

  /** The same problem with another forecast (same nodes). */
  public PlanningProblem withForecast(SurplusForecast other) {
    return new PlanningProblem(nodes, sites, other, economics, firmLevels);
  }

  /** The same problem over hours {@code [from, to)} of the forecast. */
  public PlanningProblem slice(int from, int to) {
    return new PlanningProblem(nodes, sites, forecast.slice(from, to), economics, firmLevels);
  }
}
