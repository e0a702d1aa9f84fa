package org.sovereign.power.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic surplus forecast (same seed, same forecast), shaped on real demand
 * (docs/power-planning.md, "Calibration"). Each node's surplus is its share of the program's
 * capacity times the fraction of generation left over by demand, where demand follows the annual
 * cycle (lowest in mid-January), the daily shape (evening peak) and the weekly shape of {@link
 * ShapeTables}, with AR(1) weather partly shared between nodes. On top: a midday dip and random
 * outages in which a node's surplus collapses and recovers over four hours.
 */
public final class SyntheticForecast {
  private static final double YEAR_DAYS = 365.25;
  private static final int DEMAND_PEAK_DAY = 196;
  private static final int DEMAND_TROUGH_DAY = 15;

  private SyntheticForecast() {}

  /** The forecast with {@link SurplusModel#defaults()} and the shipped shape tables. */
  public static SurplusForecast generate(long seed, List<String> nodes, Instant start, int hours) {
    return generate(seed, nodes, start, hours, SurplusModel.defaults(), ShapeTables.shipped());
  }

  public static SurplusForecast generate(
      long seed,
      List<String> nodes,
      Instant start,
      int hours,
      SurplusModel model,
      ShapeTables tables) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] shares = shares(random.split(), nodes.size());
    double[] common = Weather.series(random.split(), hours, tables);
    double[] demandShape = demandShape(start, hours, model, tables);
    Map<String, long[]> series = new LinkedHashMap<>();
    for (int n = 0; n < nodes.size(); n++) {
      SplittableRandom own = random.split();
      double[] local = Weather.series(own, hours, tables);
      double[] outage = Outages.factors(own, hours, model.outagesPerNodeYear());
      long[] kw = new long[hours];
      for (int t = 0; t < hours; t++) {
        double weather =
            Math.sqrt(model.nodeCorrelation()) * common[t]
                + Math.sqrt(1 - model.nodeCorrelation()) * local[t];
        double demand = demandShape[t] * Math.exp(weather);
        double megawatts =
            model.capacityMw() * shares[n] * model.surplusFraction(demand) * outage[t];
        kw[t] = (long) Math.floor(megawatts * 1000 * middayFactor(start, t, model));
      }
      series.put(nodes.get(n), kw);
    }
    return SurplusForecast.of(start, hours, series);
  }

  /** Node shares of the capacity: random weights in [0.6, 1.4], normalised to sum 1. */
  private static double[] shares(SplittableRandom random, int nodes) {
    double[] weights = new double[nodes];
    double total = 0;
    for (int n = 0; n < nodes; n++) {
      weights[n] = 0.6 + 0.8 * random.nextDouble();
      total += weights[n];
    }
    for (int n = 0; n < nodes; n++) {
      weights[n] /= total;
    }
    return weights;
  }

  /** Expected demand relative to its annual mean, hour by hour, before weather. */
  static double[] demandShape(Instant start, int hours, SurplusModel model, ShapeTables tables) {
    double[] winter = tables.winterHours();
    double[] summer = tables.summerHours();
    double[] week = tables.weekDays();
    double[] shape = new double[hours];
    for (int t = 0; t < hours; t++) {
      ZonedDateTime local = start.plus(Duration.ofHours(t)).atZone(model.zone());
      int day = local.getDayOfYear();
      int hour = local.getHour();
      double season = 1 + tables.seasonalAmplitude() * Math.cos(angle(day - DEMAND_PEAK_DAY));
      double winterWeight = (1 + Math.cos(angle(day - DEMAND_TROUGH_DAY))) / 2;
      double daily = winterWeight * winter[hour] + (1 - winterWeight) * summer[hour];
      shape[t] = season * daily * week[local.getDayOfWeek().getValue() - 1];
    }
    return shape;
  }

  private static double middayFactor(Instant start, int t, SurplusModel model) {
    double hour = start.plus(Duration.ofHours(t)).atZone(model.zone()).getHour() + 0.5;
    double distance = (hour - model.middayDipHour()) / model.middayDipWidthHours();
    return 1 - model.middayDipDepth() * Math.exp(-distance * distance / 2);
  }

  private static double angle(int days) {
    return 2 * Math.PI * days / YEAR_DAYS;
  }
}
