package org.sovereign.supervision.defi.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;

/** Reads a DeFi rules file; every error names the rule and the parameter. */
public final class DefiRulesFile {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> RULES =
      Set.of(
          "large_outflow",
          "value_locked_drop",
          "pool_imbalance",
          "oracle_move",
          "privilege_change",
          "proxy_upgrade",
          "pause",
          "unexpected_mint",
          "sanctioned_transfer");
  private static final int MAX_BPS = 1_000_000;
  private static final long MAX_MINUTES = 60L * 24 * 90;

  private DefiRulesFile() {}

  public static DefiRules defaults() {
    try (InputStream in =
        DefiRulesFile.class.getResourceAsStream("/defi/defi-rules-default.json")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DefiRules parse(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("defi rules: not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.path("version").isTextual() || !root.path("rules").isObject()) {
      throw new IllegalArgumentException("defi rules: expected an object with version and rules");
    }
    JsonNode rules = root.get("rules");
    for (Iterator<String> names = rules.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!RULES.contains(name)) {
        throw new IllegalArgumentException("defi rules: unknown rule " + name);
      }
    }
    return new DefiRules(
        root.get("version").asText(),
        sha256(text),
        new DefiRules.LargeOutflow(
            meta(rules, "large_outflow"),
            minutes(rules, "large_outflow", "window_minutes"),
            amount(rules, "large_outflow", "min_quote"),
            bps(rules, "large_outflow", "share_bps")),
        new DefiRules.ValueLockedDrop(
            meta(rules, "value_locked_drop"),
            minutes(rules, "value_locked_drop", "window_minutes"),
            bps(rules, "value_locked_drop", "drop_bps"),
            amount(rules, "value_locked_drop", "min_value_quote")),
        new DefiRules.PoolImbalance(
            meta(rules, "pool_imbalance"),
            bps(rules, "pool_imbalance", "deviation_bps"),
            amount(rules, "pool_imbalance", "min_value_quote"),
            minutes(rules, "pool_imbalance", "cooldown_minutes")),
        new DefiRules.OracleMove(meta(rules, "oracle_move"), bps(rules, "oracle_move", "move_bps")),
        meta(rules, "privilege_change"),
        meta(rules, "proxy_upgrade"),
        new DefiRules.Pause(
            meta(rules, "pause"), integer(rules, "pause", "unpause_score", 0, 1000)),
        new DefiRules.Tokens(
            meta(rules, "unexpected_mint"), amount(rules, "unexpected_mint", "min_tokens")),
        new DefiRules.Tokens(
            meta(rules, "sanctioned_transfer"),
            amount(rules, "sanctioned_transfer", "min_tokens")));
  }

  private static DefiRules.Meta meta(JsonNode rules, String rule) {
    JsonNode node = rules.get(rule);
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("defi rules: " + rule + " is missing");
    }
    String id = text(node, rule, "id");
    String typology = text(node, rule, "typology");
    int score = integer(rules, rule, "score", 0, 1000);
    JsonNode enabled = node.path("enabled");
    if (!enabled.isMissingNode() && !enabled.isBoolean()) {
      throw new IllegalArgumentException("defi rules: " + rule + ".enabled: true or false");
    }
    return new DefiRules.Meta(id, typology, score, enabled.isMissingNode() || enabled.asBoolean());
  }

  private static String text(JsonNode node, String rule, String param) {
    JsonNode value = node.path(param);
    if (!value.isTextual() || value.asText().isBlank() || value.asText().length() > 64) {
      throw new IllegalArgumentException(
          "defi rules: " + rule + "." + param + ": text of 1 to 64 characters");
    }
    return value.asText();
  }

  private static int integer(JsonNode rules, String rule, String param, int min, int max) {
    JsonNode value = rules.get(rule).path(param);
    if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
      throw new IllegalArgumentException(
          "defi rules: " + rule + "." + param + ": a whole number from " + min + " to " + max);
    }
    return value.asInt();
  }

  private static int bps(JsonNode rules, String rule, String param) {
    return integer(rules, rule, param, 1, MAX_BPS);
  }

  private static Duration minutes(JsonNode rules, String rule, String param) {
    return Duration.ofMinutes(integer(rules, rule, param, 1, (int) MAX_MINUTES));
  }

  /** A non-negative decimal given as a string (so no binary floating point comes near it). */
  private static BigDecimal amount(JsonNode rules, String rule, String param) {
    JsonNode value = rules.get(rule).path(param);
    String where = "defi rules: " + rule + "." + param;
    if (!value.isTextual()) {
      throw new IllegalArgumentException(where + ": a decimal amount as a string (\"250000\")");
    }
    try {
      BigDecimal amount = new BigDecimal(value.asText());
      if (amount.signum() < 0 || amount.scale() > 36 || amount.precision() > 78) {
        throw new IllegalArgumentException(where + ": must be zero or more, at most 36 decimals");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": not a decimal number: " + value.asText());
    }
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
