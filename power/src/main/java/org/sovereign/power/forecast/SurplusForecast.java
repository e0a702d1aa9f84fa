package org.sovereign.power.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Surplus electricity per grid node, hour by hour: how many kilowatts each node can release to the
 * program in each hour from {@link #start()} on (hour {@code h} covers {@code [start + h hours,
 * start + h + 1 hours)}). Immutable; exact kilowatts, never negative.
 */
public final class SurplusForecast {
  private final Instant start;
  private final int hours;
  private final Map<String, long[]> kilowatts;

  private SurplusForecast(Instant start, int hours, Map<String, long[]> kilowatts) {
    this.start = start;
    this.hours = hours;
    this.kilowatts = kilowatts;
  }

  /**
   * A forecast over {@code hours} hours; every node's array must have exactly that length, no
   * negative value, and the start must fall on a whole hour.
   */
  public static SurplusForecast of(Instant start, int hours, Map<String, long[]> kilowattsByNode) {
    Objects.requireNonNull(start, "start");
    if (start.getEpochSecond() % 3600 != 0 || start.getNano() != 0) {
      throw new IllegalArgumentException("forecast start " + start + " is not on a whole hour");
    }
    if (hours < 1) {
      throw new IllegalArgumentException("a forecast needs at least one hour, got " + hours);
    }
    if (kilowattsByNode.isEmpty()) {
      throw new IllegalArgumentException("a forecast needs at least one node");
    }
    Map<String, long[]> copy = new LinkedHashMap<>();
    kilowattsByNode.forEach((node, values) -> copy.put(node, checked(node, hours, values)));
    return new SurplusForecast(start, hours, copy);
  }

  private static long[] checked(String node, int hours, long[] values) {
    if (values.length != hours) {
      throw new IllegalArgumentException(
          "node " + node + " has " + values.length + " hourly values, expected " + hours);
    }
    for (int h = 0; h < hours; h++) {
      if (values[h] < 0) {
        throw new IllegalArgumentException(
            "node " + node + " has a negative surplus at hour " + h + ": " + values[h] + " kW");
      }
    }
    return values.clone();
  }

  public Instant start() {
    return start;
  }

  public int hours() {
    return hours;
  }

  public Instant end() {
    return start.plus(Duration.ofHours(hours));
  }

  /** The nodes in the order they were given. */
  public List<String> nodes() {
    return List.copyOf(kilowatts.keySet());
  }

  public boolean covers(String node) {
    return kilowatts.containsKey(node);
  }

  /** Surplus of {@code node} in hour {@code hour}, in kilowatts. */
  public long kilowatts(String node, int hour) {
    Objects.checkIndex(hour, hours);
    return series(node)[hour];
  }

  /** A copy of the whole hourly series of {@code node}, in kilowatts. */
  public long[] series(String node, int from, int to) {
    Objects.checkFromToIndex(from, to, hours);
    return Arrays.copyOfRange(series(node), from, to);
  }

  /** The hours {@code [from, to)} as a forecast of their own. */
  public SurplusForecast slice(int from, int to) {
    Objects.checkFromToIndex(from, to, hours);
    Map<String, long[]> part = new LinkedHashMap<>();
    kilowatts.forEach((node, values) -> part.put(node, Arrays.copyOfRange(values, from, to)));
    return new SurplusForecast(start.plus(Duration.ofHours(from)), to - from, part);
  }

  /** Mean surplus of {@code node} over hours {@code [from, to)}, in kilowatts. */
  public double meanKilowatts(String node, int from, int to) {
    Objects.checkFromToIndex(from, to, hours);
    long[] values = series(node);
    long sum = 0;
    for (int h = from; h < to; h++) {
      sum = Math.addExact(sum, values[h]);
    }
    return (double) sum / Math.max(1, to - from);
  }

  private long[] series(String node) {
    long[] values = kilowatts.get(node);
    if (values == null) {
      throw new IllegalArgumentException("no forecast for node " + node);
    }
    return values;
  }
}
