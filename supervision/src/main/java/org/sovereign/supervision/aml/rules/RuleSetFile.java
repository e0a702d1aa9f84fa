package org.sovereign.supervision.aml.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rule file (JSON: {@code rules} and {@code typologies}); every error names the rule and
 * the parameter. The default file is {@code aml/rules-default.json} in the repository.
 */
public final class RuleSetFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RuleSetFile() {}

  public static RuleSet defaults() {
    try (var in = RuleSetFile.class.getResourceAsStream("/aml/rules-default.json")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static RuleSet parse(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("rules: not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("rules").isArray() || !root.path("typologies").isArray()) {
      throw new IllegalArgumentException("rules: expected an object with rules and typologies");
    }
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : root.get("rules")) {
      Rule rule = rule(node);
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("rules: " + rule.id() + " is defined twice");
      }
      rules.add(rule);
    }
    List<Typology> typologies = new ArrayList<>();
    for (JsonNode node : root.get("typologies")) {
      typologies.add(typology(node, ids));
    }
    return new RuleSet(sha256(text), rules, typologies);
  }

  private static Rule rule(JsonNode n) {
    String id = text(n, "id", "rule");
    String where = "rule " + id;
    int score = integer(n, "score", where, 0, 1000);
    String kind = text(n, "kind", where).toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "threshold" -> new Rules.Threshold(id, score, usd(n, "usd", where));
      case "velocity" ->
          new Rules.Velocity(id, score, hours(n, where), integer(n, "count", where, 2, 100_000));
      case "aggregate" -> new Rules.Aggregate(id, score, hours(n, where), usd(n, "usd", where));
      case "structuring" ->
          new Rules.Structuring(
              id,
              score,
              hours(n, where),
              usd(n, "threshold_usd", where),
              integer(n, "band_percent", where, 1, 50),
              integer(n, "count", where, 2, 1000));
      case "rapid_in_out" ->
          new Rules.RapidInOut(
              id,
              score,
              hours(n, where),
              integer(n, "min_share_percent", where, 1, 100),
              usd(n, "min_usd", where));
      case "round_amount" ->
          new Rules.RoundAmount(id, score, usd(n, "multiple_usd", where), usd(n, "min_usd", where));
      case "high_risk_jurisdiction" ->
          new Rules.HighRiskJurisdiction(id, score, countries(n, where));
      case "travel_rule" -> new Rules.TravelRule(id, score, usd(n, "min_usd", where));
      case "sanctioned_address" -> new Rules.SanctionedAddress(id, score);
      case "sanctioned_party" -> new Rules.SanctionedParty(id, score);
      case "unlicensed_counterparty" -> new Rules.UnlicensedCounterparty(id, score);
      default -> throw new IllegalArgumentException(where + ": unknown kind '" + kind + "'");
    };
  }

  private static Typology typology(JsonNode n, Set<String> ruleIds) {
    String id = text(n, "id", "typology");
    String where = "typology " + id;
    Map<String, Integer> weights = new LinkedHashMap<>();
    JsonNode rules = n.path("rules");
    if (!rules.isObject() || rules.isEmpty()) {
      throw new IllegalArgumentException(where + ": rules must map rule ids to weights (percent)");
    }
    for (Map.Entry<String, JsonNode> e : rules.properties()) {
      if (!ruleIds.contains(e.getKey())) {
        throw new IllegalArgumentException(where + ": unknown rule " + e.getKey());
      }
      if (!e.getValue().canConvertToInt()
          || e.getValue().asInt() < 1
          || e.getValue().asInt() > 1000) {
        throw new IllegalArgumentException(
            where + ": weight of " + e.getKey() + " must be 1 to 1000 (percent)");
      }
      weights.put(e.getKey(), e.getValue().asInt());
    }
    return new Typology(
        id, text(n, "name", where), weights, integer(n, "alert_at", where, 1, 100_000));
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.path(field);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": " + field + " is required");
    }
    return v.asText().strip();
  }

  private static int integer(JsonNode n, String field, String where, int min, int max) {
    JsonNode v = n.path(field);
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
      throw new IllegalArgumentException(
          where + ": " + field + " must be a whole number from " + min + " to " + max);
    }
    return v.asInt();
  }

  private static int hours(JsonNode n, String where) {
    return integer(n, "window_hours", where, 1, 24 * 366);
  }

  private static long usd(JsonNode n, String field, String where) {
    JsonNode v = n.path(field);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(
          where + ": " + field + " must be a USD amount as a string");
    }
    long cents = Usd.parse(v.asText(), where + ": " + field);
    if (cents <= 0) {
      throw new IllegalArgumentException(where + ": " + field + " must be positive");
    }
    return cents;
  }

  private static Set<String> countries(JsonNode n, String where) {
    Set<String> set = new HashSet<>();
    for (JsonNode c : n.path("countries")) {
      String code = c.asText().strip().toUpperCase(Locale.ROOT);
      if (!code.matches("[A-Z]{2}")) {
        throw new IllegalArgumentException(
            where + ": countries: '" + c.asText() + "' is not ISO 3166 alpha-2");
      }
      set.add(code);
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException(where + ": countries must list at least one country");
    }
    return set;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
