package org.sovereign.power.forecast;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives {@link ShapeTables} from a real hourly load series: a two-column CSV with a header
 * ({@code time,MW}, times as {@code yyyy-MM-dd HH:mm:ss}), such as the ERCOT series in
 * shared/fixtures/power. Times are read in {@code recorded} and the shape is taken in {@code local}
 * time (ERCOT: UTC and America/Chicago). Rows without a value are skipped.
 */
public final class ShapeCalibration {
  private static final double YEAR_DAYS = 365.25;

  /** One observation, in local time. */
  public record Point(LocalDateTime local, double megawatts) {}

  private ShapeCalibration() {}

  /** The shape tables of the series in {@code csv}. */
  public static ShapeTables fromCsv(Path csv, ZoneId recorded, ZoneId local) throws IOException {
    List<Point> points = read(csv, recorded, local);
    Residual residual = Residual.of(points);
    return new ShapeTables(
        hourProfile(points, 12, 1, 2),
        hourProfile(points, 6, 7, 8),
        weekProfile(points),
        seasonalAmplitude(points),
        residual.phi(),
        residual.sigma());
  }

  /** The ERCOT fixture: UTC times, shape in Texas local time. */
  public static ShapeTables fromErcot(Path csv) throws IOException {
    return fromCsv(csv, ZoneOffset.UTC, ZoneId.of("America/Chicago"));
  }

  /** Reads the series, converting each time from {@code recorded} to {@code local}. */
  public static List<Point> read(Path csv, ZoneId recorded, ZoneId local) throws IOException {
    List<Point> points = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int comma = line.indexOf(',');
        if (comma < 0 || comma == line.length() - 1) {
          continue;
        }
        LocalDateTime at = LocalDateTime.parse(line.substring(0, comma).replace(' ', 'T'));
        LocalDateTime there = at.atZone(recorded).withZoneSameInstant(local).toLocalDateTime();
        points.add(new Point(there, Double.parseDouble(line.substring(comma + 1))));
      }
    }
    return points;
  }

  /** Mean per local hour of the day over the given months, relative to the mean of the 24. */
  public static double[] hourProfile(List<Point> points, int... months) {
    double[] sum = new double[24];
    int[] count = new int[24];
    for (Point p : points) {
      int month = p.local().getMonthValue();
      if (months.length == 0 || contains(months, month)) {
        sum[p.local().getHour()] += p.megawatts();
        count[p.local().getHour()]++;
      }
    }
    return normalised(sum, count);
  }

  private static double[] weekProfile(List<Point> points) {
    double[] sum = new double[7];
    int[] count = new int[7];
    for (Point p : points) {
      int day = p.local().getDayOfWeek().getValue() - 1;
      sum[day] += p.megawatts();
      count[day]++;
    }
    return normalised(sum, count);
  }

  /**
   * Amplitude of the first annual harmonic of the daily means, relative to their mean. Days are
   * pooled by day of the year first, so that a series covering some months more often than others
   * (the ERCOT one has six Januaries and five Julys) does not bias it.
   */
  private static double seasonalAmplitude(List<Point> points) {
    double[] sum = new double[366];
    int[] count = new int[366];
    for (Point p : points) {
      sum[p.local().getDayOfYear() - 1] += p.megawatts();
      count[p.local().getDayOfYear() - 1]++;
    }
    double total = 0;
    int days = 0;
    for (int d = 0; d < sum.length; d++) {
      if (count[d] > 0) {
        total += sum[d] / count[d];
        days++;
      }
    }
    double cos = 0;
    double sin = 0;
    for (int d = 0; d < sum.length; d++) {
      if (count[d] > 0) {
        double y = sum[d] / count[d] / (total / days);
        double angle = 2 * Math.PI * (d + 1) / YEAR_DAYS;
        cos += y * Math.cos(angle);
        sin += y * Math.sin(angle);
      }
    }
    return 2 * Math.hypot(cos, sin) / days;
  }

  private static double[] normalised(double[] sum, int[] count) {
    double[] mean = new double[sum.length];
    double total = 0;
    for (int i = 0; i < sum.length; i++) {
      if (count[i] == 0) {
        throw new IllegalArgumentException("the series has no value for slot " + i);
      }
      mean[i] = sum[i] / count[i];
      total += mean[i];
    }
    for (int i = 0; i < mean.length; i++) {
      mean[i] = mean[i] / (total / mean.length);
    }
    return mean;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }
}
