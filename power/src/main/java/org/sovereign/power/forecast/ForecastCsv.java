package org.sovereign.power.forecast;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sovereign.power.forecast.ImportError.Problem;

/**
 * Reads a surplus forecast from CSV: a header {@code node,time,mw}, then one row per node and
 * interval, with the interval's start as an ISO-8601 time with offset ({@code
 * 2026-01-01T00:00:00Z}) and the mean surplus in MW (at most three decimals: whole kW). Each node's
 * rows must be in time order, hourly or every 15 minutes (all nodes alike), without gaps or
 * duplicates, and every node must cover the same span; 15-minute values are averaged to hours
 * (rounded to the kW), so a 15-minute file must cover whole hours. Pure: no I/O, every problem
 * reported with its line and field.
 */
public final class ForecastCsv {
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration QUARTER = Duration.ofMinutes(15);
  private static final int MAX_ERRORS = 100;

  private final Set<String> knownNodes;
  private final List<ImportError> errors = new ArrayList<>();
  private final Map<String, NodeRows> nodes = new LinkedHashMap<>();
  private int rows;

  private ForecastCsv(Set<String> knownNodes) {
    this.knownNodes = Set.copyOf(knownNodes);
  }

  /** Parses {@code text}; nodes not in {@code knownNodes} are errors. */
  public static ForecastImport parse(String text, Set<String> knownNodes) {
    ForecastCsv csv = new ForecastCsv(knownNodes);
    csv.read(text.split("\r?\n", -1));
    return csv.result();
  }

  private void read(String[] lines) {
    if (lines.length == 0 || !lines[0].strip().equalsIgnoreCase("node,time,mw")) {
      error(1, "line", Problem.HEADER, "the header must be 'node,time,mw'");
      return;
    }
    for (int i = 1; i < lines.length && errors.size() < MAX_ERRORS; i++) {
      if (!lines[i].isBlank()) {
        row(i + 1, lines[i]);
      }
    }
  }

  private void row(int line, String text) {
    String[] fields = text.split(",", -1);
    if (fields.length != 3) {
      error(line, "line", Problem.COLUMNS, "expected 3 fields, found " + fields.length);
      return;
    }
    String node = fields[0].strip();
    Instant time = time(line, fields[1].strip());
    Long kw = kilowatts(line, fields[2].strip());
    if (!knownNodes.contains(node)) {
      error(line, "node", Problem.UNKNOWN_NODE, "unknown grid node '" + node + "'");
      return;
    }
    if (time != null && kw != null) {
      rows++;
      nodes.computeIfAbsent(node, NodeRows::new).add(line, time, kw, this);
    }
  }

  private Instant time(int line, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      error(line, "time", Problem.BAD_TIME, "'" + text + "' is not an ISO-8601 time with offset");
      return null;
    }
  }

  private Long kilowatts(int line, String text) {
    BigDecimal mw;
    try {
      mw = new BigDecimal(text);
    } catch (NumberFormatException e) {
      error(line, "mw", Problem.BAD_NUMBER, "'" + text + "' is not a number");
      return null;
    }
    if (mw.signum() < 0) {
      error(line, "mw", Problem.NEGATIVE, "surplus cannot be negative: " + text + " MW");
      return null;
    }
    if (mw.stripTrailingZeros().scale() > 3 || mw.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
      error(line, "mw", Problem.BAD_NUMBER, "'" + text + "' needs at most 3 decimals and 1e6 MW");
      return null;
    }
    return mw.movePointRight(3).longValueExact();
  }

  void error(int line, String field, Problem problem, String message) {
    errors.add(new ImportError(line, field, problem, message));
  }

  private ForecastImport result() {
    if (errors.isEmpty() && nodes.isEmpty()) {
      error(1, "line", Problem.EMPTY, "the file has no rows");
    }
    Duration resolution = errors.isEmpty() ? commonResolution() : null;
    if (errors.isEmpty()) {
      checkSpans();
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt(ImportError::line));
      return new ForecastImport.Rejected(errors);
    }
    NodeRows first = nodes.values().iterator().next();
    Map<String, long[]> hourly = new LinkedHashMap<>();
    nodes.forEach((id, node) -> hourly.put(id, node.hourly(resolution)));
    int hours = hourly.values().iterator().next().length;
    return new ForecastImport.Imported(
        SurplusForecast.of(first.start(), hours, hourly), resolution, rows);
  }

  private Duration commonResolution() {
    Duration found = null;
    for (NodeRows node : nodes.values()) {
      Duration step = node.resolution();
      if (found != null && !found.equals(step)) {
        error(
            node.firstLine(),
            "time",
            Problem.RESOLUTION,
            "node "
                + node.id
                + " is every "
                + step.toMinutes()
                + " min, others every "
                + found.toMinutes()
                + " min");
      }
      found = found == null ? step : found;
    }
    return found;
  }

  private void checkSpans() {
    NodeRows reference = nodes.values().iterator().next();
    for (NodeRows node : nodes.values()) {
      node.checkWholeHours(this);
      if (!node.start().equals(reference.start()) || !node.end().equals(reference.end())) {
        error(
            node.firstLine(),
            "time",
            Problem.SPAN,
            "node "
                + node.id
                + " covers "
                + node.start()
                + " to "
                + node.end()
                + ", node "
                + reference.id
                + " covers "
                + reference.start()
                + " to "
                + reference.end());
      }
    }
  }
}
