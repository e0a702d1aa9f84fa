package org.sovereign.power.forecast;

import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weather in a load series: the log of each hour's load over what its month and hour of day
 * predict (that month's mean times the month's mean profile by hour), fitted as an AR(1) process
 * over consecutive hours: {@code r(t) = phi · r(t−1) + sigma · noise}.
 */
record Residual(double phi, double sigma) {

  static Residual of(List<ShapeCalibration.Point> points) {
    Map<YearMonth, double[]> months = new HashMap<>();
    double[][] profile = new double[12][];
    for (int m = 1; m <= 12; m++) {
      profile[m - 1] = ShapeCalibration.hourProfile(points, m);
    }
    for (ShapeCalibration.Point p : points) {
      double[] acc = months.computeIfAbsent(YearMonth.from(p.local()), k -> new double[2]);
      acc[0] += p.megawatts();
      acc[1]++;
    }
    double[] r = new double[points.size()];
    double mean = 0;
    for (int i = 0; i < r.length; i++) {
      ShapeCalibration.Point p = points.get(i);
      double[] month = months.get(YearMonth.from(p.local()));
      double expected =
          month[0] / month[1] * profile[p.local().getMonthValue() - 1][p.local().getHour()];
      r[i] = Math.log(p.megawatts() / expected);
      mean += r[i] / r.length;
    }
    return fit(points, r, mean);
  }

  private static Residual fit(List<ShapeCalibration.Point> points, double[] r, double mean) {
    double lagged = 0;
    double squares = 0;
    for (int i = 1; i < r.length; i++) {
      if (consecutive(points, i)) {
        lagged += (r[i] - mean) * (r[i - 1] - mean);
        squares += (r[i - 1] - mean) * (r[i - 1] - mean);
      }
    }
    double phi = lagged / squares;
    double innovations = 0;
    int count = 0;
    for (int i = 1; i < r.length; i++) {
      if (consecutive(points, i)) {
        double e = (r[i] - mean) - phi * (r[i - 1] - mean);
        innovations += e * e;
        count++;
      }
    }
    return new Residual(phi, Math.sqrt(innovations / count));
  }

  private static boolean consecutive(List<ShapeCalibration.Point> points, int i) {
    Duration step = Duration.between(points.get(i - 1).local(), points.get(i).local());
    return step.equals(Duration.ofHours(1));
  }
}
