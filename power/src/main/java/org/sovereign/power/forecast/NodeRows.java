package org.sovereign.power.forecast;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.power.forecast.ImportError.Problem;

/**
 * One node's rows of a forecast file, checked for order, duplicates, gaps and step as they come.
 */
final class NodeRows {
  final String id;
  private final List<Instant> times = new ArrayList<>();
  private final List<Long> kilowatts = new ArrayList<>();
  private final Map<Instant, Integer> lineOf = new HashMap<>();
  private int firstLine;
  private Duration step;

  NodeRows(String id) {
    this.id = id;
  }

  void add(int line, Instant time, long kw, ForecastCsv csv) {
    Integer earlier = lineOf.putIfAbsent(time, line);
    if (earlier != null) {
      csv.error(
          line, "time", Problem.DUPLICATE, id + " at " + time + " already on line " + earlier);
      return;
    }
    if (times.isEmpty()) {
      firstLine = line;
    } else if (!follows(line, time, csv)) {
      return;
    }
    times.add(time);
    kilowatts.add(kw);
  }

  private boolean follows(int line, Instant time, ForecastCsv csv) {
    Instant last = times.getLast();
    Duration gap = Duration.between(last, time);
    if (gap.isNegative()) {
      csv.error(
          line,
          "time",
          Problem.NOT_MONOTONIC,
          id + " goes back in time: " + time + " after " + last);
      return false;
    }
    if (step == null) {
      step = firstStep(gap);
      if (step == null) {
        csv.error(
            line,
            "time",
            Problem.RESOLUTION,
            id + " steps " + gap.toMinutes() + " min, not 60 or 15");
        return false;
      }
    }
    if (gap.compareTo(step) > 0 && gap.toSeconds() % step.toSeconds() == 0) {
      csv.error(
          line,
          "time",
          Problem.GAP,
          id + " has no value from " + last.plus(step) + " to " + time.minus(step));
      return false;
    }
    if (!gap.equals(step)) {
      csv.error(
          line,
          "time",
          Problem.RESOLUTION,
          id + " steps " + gap.toMinutes() + " min where it stepped " + step.toMinutes());
      return false;
    }
    return true;
  }

  /**
   * The step a node's first two rows imply: hourly when they are whole hours apart (a larger gap is
   * then reported as missing hours), else 15 minutes when they are quarters apart.
   */
  private static Duration firstStep(Duration gap) {
    if (gap.isZero()) {
      return null;
    }
    if (gap.toSeconds() % ForecastCsv.HOUR.toSeconds() == 0) {
      return ForecastCsv.HOUR;
    }
    return gap.toSeconds() % ForecastCsv.QUARTER.toSeconds() == 0 ? ForecastCsv.QUARTER : null;
  }

  /** The node's step; a node with a single row is taken as hourly. */
  Duration resolution() {
    return step == null ? ForecastCsv.HOUR : step;
  }

  int firstLine() {
    return firstLine;
  }

  Instant start() {
    return times.getFirst();
  }

  Instant end() {
    return times.getLast().plus(resolution());
  }

  void checkWholeHours(ForecastCsv csv) {
    if (start().getEpochSecond() % 3600 != 0 || end().getEpochSecond() % 3600 != 0) {
      csv.error(
          firstLine,
          "time",
          Problem.RESOLUTION,
          id + " covers " + start() + " to " + end() + ", not whole hours");
    }
  }

  /** Hourly kW: the values themselves, or the mean of each hour's four quarters. */
  long[] hourly(Duration resolution) {
    int per = (int) (ForecastCsv.HOUR.toSeconds() / resolution.toSeconds());
    long[] hours = new long[kilowatts.size() / per];
    for (int h = 0; h < hours.length; h++) {
      long sum = 0;
      for (int q = 0; q < per; q++) {
        sum = Math.addExact(sum, kilowatts.get(h * per + q));
      }
      hours[h] = Math.round((double) sum / per);
    }
    return hours;
  }
}
