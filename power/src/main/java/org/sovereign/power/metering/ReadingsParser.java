package org.sovereign.power.metering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sovereign.platform.errors.DomainException;

/**
 * Meter readings from JSON ({@code [{"at": ..., "kw": ...}]}) or CSV ({@code time,kw}), checked: a
 * negative or non-numeric value, a duplicate or out-of-order time, or a spike above twice the
 * contracted load names its line. Gaps longer than one and a half intervals are filled linearly and
 * the filled readings marked estimated. Meters that report their cumulative energy register send
 * {@code [{"at", "kwh", "reset"}]} or CSV {@code time,kwh[,event]} instead (see {@link
 * RegisterReadings}: a register going backwards is a meter reset, refused unless marked).
 */
public final class ReadingsParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReadingsParser() {}

  public static List<Reading> json(String body, long contractedKw) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw error(1, "not JSON");
    }
    if (root == null || !root.isArray()) {
      throw error(1, "expected an array of {\"at\", \"kw\"}");
    }
    if (!root.isEmpty() && root.get(0).has("kwh")) {
      List<String[]> rows = new ArrayList<>();
      for (JsonNode n : root) {
        rows.add(
            new String[] {
              n.path("at").asText(""),
              n.path("kwh").asText(""),
              n.path("reset").asBoolean(false) ? "reset" : ""
            });
      }
      return registers(rows, 1, contractedKw);
    }
    List<String[]> rows = new ArrayList<>();
    for (JsonNode n : root) {
      rows.add(new String[] {n.path("at").asText(""), n.path("kw").asText("")});
    }
    return check(rows, 1, contractedKw);
  }

  public static List<Reading> csv(String body, long contractedKw) {
    String[] lines = body.split("\r?\n");
    if (lines.length == 0
        || !lines[0].strip().toLowerCase(java.util.Locale.ROOT).startsWith("time")) {
      throw error(1, "the header must be time,kw");
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
      rows.add(line.split(",", -1));
    }
    String header = lines[0].strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    if (header.startsWith("time,kwh")) {
      return registers(rows, 2, contractedKw);
    }
    return check(rows, 2, contractedKw);
  }

  private static List<Reading> registers(List<String[]> rows, int firstLine, long contractedKw) {
    List<RegisterReadings.Register> registers = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int line = firstLine + i;
      String[] r = rows.get(i);
      if (r.length == 1 && r[0].isBlank()) {
        continue;
      }
      if (r.length < 2 || r.length > 3) {
        throw error(line, "expected 2 or 3 fields (time, kwh, event), found " + r.length);
      }
      String event = r.length == 3 ? r[2].strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (!event.isEmpty() && !event.equals("reset")) {
        throw error(line, "event '" + r[2].strip() + "' is not 'reset' or empty");
      }
      Instant at = time(line, r[0]);
      if (!registers.isEmpty()) {
        order(line, at, registers.getLast().at());
      }
      registers.add(
          new RegisterReadings.Register(
              line, at, RegisterReadings.wattHours(line, r[1]), event.equals("reset")));
    }
    return fillGaps(RegisterReadings.intervals(registers, contractedKw));
  }

  private static Instant time(int line, String text) {
    try {
      return Instant.parse(text.strip());
    } catch (RuntimeException e) {
      throw error(line, "time '" + text.strip() + "' is not an ISO-8601 instant");
    }
  }

  private static void order(int line, Instant at, Instant previous) {
    if (at.equals(previous)) {
      throw error(line, "time " + at + " repeats the previous reading");
    }
    if (at.isBefore(previous)) {
      throw error(line, "time " + at + " is before the previous reading at " + previous);
    }
  }

  private static List<Reading> check(List<String[]> rows, int firstLine, long contractedKw) {
    List<Reading> readings = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int line = firstLine + i;
      String[] r = rows.get(i);
      if (r.length == 1 && r[0].isBlank()) {
        continue;
      }
      if (r.length != 2) {
        throw error(line, "expected 2 fields (time, kw), found " + r.length);
      }
      Instant at = time(line, r[0]);
      long kw;
      try {
        kw = Long.parseLong(r[1].strip());
      } catch (NumberFormatException e) {
        throw error(line, "kw '" + r[1].strip() + "' is not a whole number of kW");
      }
      if (kw < 0) {
        throw error(line, "kw " + kw + " is negative");
      }
      if (kw > 2 * contractedKw) {
        throw error(
            line, "kw " + kw + " is a spike above twice the contracted " + contractedKw + " kW");
      }
      if (!readings.isEmpty()) {
        order(line, at, readings.getLast().at());
      }
      readings.add(new Reading(at, kw, false));
    }
    if (readings.isEmpty()) {
      throw error(firstLine, "no readings");
    }
    return fillGaps(readings);
  }

  static List<Reading> fillGaps(List<Reading> readings) {
    if (readings.size() < 3) {
      return readings;
    }
    long[] deltas = new long[readings.size() - 1];
    for (int i = 1; i < readings.size(); i++) {
      deltas[i - 1] = Duration.between(readings.get(i - 1).at(), readings.get(i).at()).toMillis();
    }
    long[] sorted = deltas.clone();
    Arrays.sort(sorted);
    long interval = sorted[sorted.length / 2];
    List<Reading> out = new ArrayList<>();
    out.add(readings.getFirst());
    for (int i = 1; i < readings.size(); i++) {
      Reading a = readings.get(i - 1);
      Reading b = readings.get(i);
      long gap = deltas[i - 1];
      if (interval > 0 && gap * 2 > interval * 3) {
        long steps = gap / interval;
        for (long s = 1; s < steps; s++) {
          long kw = a.kw() + (b.kw() - a.kw()) * s / steps;
          out.add(new Reading(a.at().plusMillis(interval * s), kw, true));
        }
      }
      out.add(b);
    }
    return out;
  }

  static DomainException error(int line, String message) {
    return new DomainException(
        422, "readings-rejected", "line " + line + ": " + message, "line:" + line);
  }
}
