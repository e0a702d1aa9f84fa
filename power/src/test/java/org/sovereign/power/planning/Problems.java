package org.sovereign.power.planning;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.power.forecast.SurplusForecast;

/** Small hand-built problems whose optimum can be worked out on paper. */
final class Problems {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Economics ECONOMICS = new Economics(usd(170), usd(45));

  private Problems() {}

  static Money usd(long dollars) {
    return Money.ofMinor(Currency.USD, dollars * 100);
  }

  static Power mw(long megawatts) {
    return Power.ofMegawatts(megawatts);
  }

  /** Fast enough that ramps never bind within an hour. */
  static Power fast() {
    return mw(100);
  }

  static Site firm(String id, long mw, long dollars) {
    return Site.firm(id, SiteKind.AI, "N1", mw(mw), usd(dollars), fast());
  }

  static Site miner(String id, long mw, long dollars, Power ramp, CurtailmentBudget budget) {
    return Site.interruptible(id, SiteKind.MINING, "N1", mw(mw), usd(dollars), ramp, budget);
  }

  /** A budget that never binds. */
  static CurtailmentBudget unlimited() {
    return CurtailmentBudget.of(24, 1_000_000);
  }

  /** One node N1 with the given import limit and hourly surplus (MW). */
  static PlanningProblem oneNode(long importLimitMw, long[] surplusMw, List<Site> sites) {
    long[] kw = new long[surplusMw.length];
    for (int h = 0; h < kw.length; h++) {
      kw[h] = surplusMw[h] * 1000;
    }
    Map<String, long[]> series = new LinkedHashMap<>();
    series.put("N1", kw);
    SurplusForecast forecast = SurplusForecast.of(START, kw.length, series);
    List<GridNode> nodes = List.of(new GridNode("N1", mw(importLimitMw)));
    return new PlanningProblem(nodes, sites, forecast, ECONOMICS, FirmLevels.CONSTANT);
  }

  static Plan solved(PlanOutcome outcome) {
    return outcome.orElseThrow();
  }
}
