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

  /** MW allocated in all, hour by hour for a week; daily means beyond. */
  static String allocation(Plan plan) {
    var problem = plan.problem();
    int step = step(problem.hours());
    List<Integer> x = new ArrayList<>();
    List<Long> mw = new ArrayList<>();
    for (int from = 0; from < problem.hours(); from += step) {
      int to = Math.min(problem.hours(), from + step);
      long kwh = 0;
      for (var site : problem.sites()) {
        for (int h = from; h < to; h++) {
          kwh += plan.allocation(site.id(), h).kilowattHours();
        }
      }
      x.add(from / step);
      mw.add(kwh / 1000 / (to - from));
    }
    return Charts.steps(x, mw, "MW allocated", axis(step), "MW");
  }

  /**
   * Each node's shadow price, hour by hour for a week; daily means beyond (empty without duals).
   */
  static Optional<String> shadowPrices(Plan plan) {
    if (!plan.hasShadowPrices()) {
      return Optional.empty();
    }
    var problem = plan.problem();
    int step = step(problem.hours());
    List<Integer> x = new ArrayList<>();
    for (int from = 0; from < problem.hours(); from += step) {
      x.add(from / step);
    }
    Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
    for (var node : problem.nodes()) {
      List<BigDecimal> prices = new ArrayList<>();
      for (int from = 0; from < problem.hours(); from += step) {
        int to = Math.min(problem.hours(), from + step);
        BigDecimal sum = BigDecimal.ZERO;
        for (int h = from; h < to; h++) {
          sum = sum.add(plan.shadowPrice(node.id(), h).orElseThrow().toDecimal());
        }
        prices.add(sum.divide(BigDecimal.valueOf(to - from), 2, RoundingMode.HALF_EVEN));
      }
      series.put(node.id(), prices);
    }
    return Optional.of(Charts.lines(x, series, axis(step), "USD/MWh"));
  }

  private static int step(int hours) {
    return hours <= 4 * 168 ? 1 : 24;
  }

  private static String axis(int step) {
    return step == 1 ? "hour" : "day";
  }
}
