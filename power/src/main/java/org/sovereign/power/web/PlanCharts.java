package org.sovereign.power.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.platform.web.Charts;
import org.sovereign.power.planning.Energy;
import org.sovereign.power.planning.Plan;

/** The plan page's node view: backup per node and its shadow prices, as a table and a chart. */
public final class PlanCharts {
  private PlanCharts() {}

  /** One node's week: backup caused, and its shadow price's mean and peak ("–" without duals). */
  public record NodeLine(String code, String backup, String meanShadow, String maxShadow) {}

  static List<NodeLine> nodes(Plan plan) {
    var problem = plan.problem();
    List<NodeLine> out = new ArrayList<>();
    for (var node : problem.nodes()) {
      long backup = 0;
      BigDecimal sum = BigDecimal.ZERO;
      BigDecimal max = null;
      for (int h = 0; h < problem.hours(); h++) {
        backup += plan.backup(node.id(), h).kilowattHours();
        var price = plan.shadowPrice(node.id(), h);
        if (price.isPresent()) {
          BigDecimal p = price.get().toDecimal();
          sum = sum.add(p);
          max = max == null || p.compareTo(max) > 0 ? p : max;
        }
      }
      out.add(
          new NodeLine(
              node.id(),
              Energy.ofKilowattHours(backup).toString(),
              max == null
                  ? "–"
                  : sum.divide(BigDecimal.valueOf(problem.hours()), 2, RoundingMode.HALF_EVEN)
                      .toPlainString(),
              max == null ? "–" : max.toPlainString()));
    }
    return out;
  }

  static Optional<String> shadowPrices(Plan plan) {
    if (!plan.hasShadowPrices()) {
      return Optional.empty();
    }
    var problem = plan.problem();
    List<Integer> hours = new ArrayList<>();
    for (int h = 0; h < problem.hours(); h++) {
      hours.add(h);
    }
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (var node : problem.nodes()) {
      List<BigDecimal> prices = new ArrayList<>();
      for (int h = 0; h < problem.hours(); h++) {
        prices.add(plan.shadowPrice(node.id(), h).orElseThrow().toDecimal());
      }
      series.put(node.id(), prices);
    }
    return Optional.of(Charts.lines(hours, series, "hour of the week", "USD/MWh"));
  }
}
