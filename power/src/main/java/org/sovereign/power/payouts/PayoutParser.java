package org.sovereign.power.payouts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sovereign.platform.errors.DomainException;

/**
 * Pool payouts from JSON ({@code [{"pool", "period_start", "period_end", "sats", "reference"}]}) or
 * CSV (header {@code pool,period_start,period_end,sats,reference}). Every problem names its line
 * and field: an empty pool, a date that is not YYYY-MM-DD, an empty or reversed period, sats that
 * are negative, fractional or not a number, a reference that is not a transaction id, or the same
 * pool and period twice.
 */
public final class PayoutParser {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern TXID = Pattern.compile("[0-9a-fA-F]{64}");
  private static final long MAX_SATS = 21_000_000L * 100_000_000L;

  private PayoutParser() {}

  public static List<PoolPayout> json(String body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw error(1, "body", "not JSON");
    }
    if (root == null || !root.isArray()) {
      throw error(1, "body", "expected an array of payouts");
    }
    List<String[]> rows = new ArrayList<>();
    for (JsonNode n : root) {
      rows.add(
          new String[] {
            n.path("pool").asText(""),
            n.path("period_start").asText(""),
            n.path("period_end").asText(""),
            n.path("sats").asText(""),
            n.path("reference").asText("")
          });
    }
    return check(rows, 1, true);
  }

  public static List<PoolPayout> csv(String body) {
    String[] lines = body.split("\r?\n");
    if (lines.length == 0
        || !lines[0]
            .strip()
            .toLowerCase(Locale.ROOT)
            .startsWith("pool,period_start,period_end,sats")) {
      throw error(1, "header", "the header must be pool,period_start,period_end,sats,reference");
    }
    List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      rows.add(lines[i].split(",", -1));
    }
    return check(rows, 2, false);
  }

  private static List<PoolPayout> check(List<String[]> rows, int firstLine, boolean json) {
    List<PoolPayout> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      int line = json ? i + 1 : firstLine + i;
      String[] r = rows.get(i);
      if (!json && r.length == 1 && r[0].isBlank()) {
        continue;
      }
      if (r.length < 4 || r.length > 5) {
        throw error(line, "line", "expected 4 or 5 fields, found " + r.length);
      }
      PoolPayout p = payout(line, r);
      if (!seen.add(p.pool() + "|" + p.periodStart())) {
        throw error(
            line,
            "period_start",
            "a payout from " + p.pool() + " for " + p.periodStart() + " is listed twice");
      }
      out.add(p);
    }
    if (out.isEmpty()) {
      throw error(firstLine, "body", "no payouts");
    }
    return out;
  }

  private static PoolPayout payout(int line, String[] r) {
    String pool = r[0].strip();
    if (pool.isEmpty() || pool.length() > 100) {
      throw error(line, "pool", "a pool name of 1 to 100 characters is required");
    }
    LocalDate start = date(line, "period_start", r[1]);
    LocalDate end = date(line, "period_end", r[2]);
    if (!end.isAfter(start)) {
      throw error(line, "period_end", "must be after period_start (" + start + ")");
    }
    long sats;
    try {
      sats = Long.parseLong(r[3].strip());
    } catch (NumberFormatException e) {
      throw error(line, "sats", "'" + r[3].strip() + "' is not a whole number of satoshi");
    }
    if (sats < 0 || sats > MAX_SATS) {
      throw error(line, "sats", sats + " is outside 0 to 21 million BTC");
    }
    String reference = r.length == 5 ? r[4].strip() : "";
    if (!reference.isEmpty() && !TXID.matcher(reference).matches()) {
      throw error(line, "reference", "'" + reference + "' is not a 64-hex transaction id");
    }
    return new PoolPayout(
        pool, start, end, sats, reference.isEmpty() ? null : reference.toLowerCase(Locale.ROOT));
  }

  private static LocalDate date(int line, String field, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw error(line, field, "'" + text.strip() + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static DomainException error(int line, String field, String message) {
    return new DomainException(
        422, "payouts-rejected", "line " + line + ", " + field + ": " + message, "line:" + line);
  }
}
