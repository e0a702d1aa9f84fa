package org.sovereign.power.forecast;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * Demand shape factors derived from a real hourly load series (see {@link ShapeCalibration}): the
 * mean load in each local hour of the day relative to the day's mean, for winter (Dec–Feb) and
 * summer (Jun–Aug); the mean per day of the week (Monday first) relative to the week's; the
 * amplitude of the annual cycle of daily means; and the hourly persistence ({@code phi}) and
 * innovation ({@code sigma}) of the log-residual around that shape, modelled as AR(1).
 */
public record ShapeTables(
    double[] winterHours,
    double[] summerHours,
    double[] weekDays,
    double seasonalAmplitude,
    double residualPhi,
    double residualSigma) {

  private static final String RESOURCE = "shape-tables.properties";

  public ShapeTables {
    winterHours = checked("winterHours", winterHours, 24);
    summerHours = checked("summerHours", summerHours, 24);
    weekDays = checked("weekDays", weekDays, 7);
    if (!(seasonalAmplitude >= 0 && seasonalAmplitude < 1)) {
      throw new IllegalArgumentException("seasonal amplitude must be in [0, 1)");
    }
    if (!(residualPhi >= 0 && residualPhi < 1) || !(residualSigma >= 0)) {
      throw new IllegalArgumentException("residual phi must be in [0, 1), sigma >= 0");
    }
  }

  private static double[] checked(String name, double[] values, int length) {
    if (values == null || values.length != length) {
      throw new IllegalArgumentException(name + " needs " + length + " factors");
    }
    for (double v : values) {
      if (!(v > 0)) {
        throw new IllegalArgumentException(name + " factors must be positive, got " + v);
      }
    }
    return values.clone();
  }

  @Override
  public double[] winterHours() {
    return winterHours.clone();
  }

  @Override
  public double[] summerHours() {
    return summerHours.clone();
  }

  @Override
  public double[] weekDays() {
    return weekDays.clone();
  }

  /** The tables shipped with the module (derived from the ERCOT series, public domain). */
  public static ShapeTables shipped() {
    try (InputStream in = ShapeTables.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing");
      }
      Properties p = new Properties();
      p.load(in);
      return new ShapeTables(
          array(p, "winter.hours"),
          array(p, "summer.hours"),
          array(p, "week.days"),
          number(p, "seasonal.amplitude"),
          number(p, "residual.phi"),
          number(p, "residual.sigma"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] array(Properties p, String key) {
    return Arrays.stream(required(p, key).split(",")).mapToDouble(Double::parseDouble).toArray();
  }

  private static double number(Properties p, String key) {
    return Double.parseDouble(required(p, key));
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("resource " + RESOURCE + " has no " + key);
    }
    return value.strip();
  }

  /** The tables as the shipped resource writes them (rounded to four decimals). */
  public String toProperties() {
    return "winter.hours="
        + join(winterHours)
        + "\nsummer.hours="
        + join(summerHours)
        + "\nweek.days="
        + join(weekDays)
        + String.format(Locale.ROOT, "%nseasonal.amplitude=%.4f", seasonalAmplitude)
        + String.format(Locale.ROOT, "%nresidual.phi=%.4f", residualPhi)
        + String.format(Locale.ROOT, "%nresidual.sigma=%.4f%n", residualSigma);
  }

  private static String join(double[] values) {
    return String.join(
        ",", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShapeTables t
        && Arrays.equals(winterHours, t.winterHours)
        && Arrays.equals(summerHours, t.summerHours)
        && Arrays.equals(weekDays, t.weekDays)
        && seasonalAmplitude == t.seasonalAmplitude
        && residualPhi == t.residualPhi
        && residualSigma == t.residualSigma;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(winterHours) * 31 + Arrays.hashCode(weekDays);
  }

  @Override
  public String toString() {
    return "ShapeTables" + toProperties().replace('\n', ' ');
  }
}
