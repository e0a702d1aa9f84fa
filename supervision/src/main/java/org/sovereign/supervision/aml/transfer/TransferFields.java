package org.sovereign.supervision.aml.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.reporting.IntakeException;

/**
 * Reads one reported transfer from JSON (the API body, an NDJSON line, or a CSV row turned into
 * JSON). Every error names the line and the field, e.g. {@code line 3: originator.names[0].primary
 * is required}.
 */
final class TransferFields {
  private final long line;

  TransferFields(long line) {
    this.line = line;
  }

  Transfer read(OrgId org, JsonNode n) {
    if (n == null || !n.isObject()) {
      throw error("", "expected a JSON object");
    }
    Transfer.Direction direction = direction(text(n, "direction", true));
    return new Transfer(
        org,
        bounded(text(n, "transfer_id", true), "transfer_id", 100),
        asset(text(n, "asset", true)),
        positive(text(n, "amount", true), "amount"),
        usd(text(n, "value_usd", true)),
        instant(text(n, "time", true)),
        direction,
        text(n, "tx_ref", false),
        text(n, "counterparty_address", false),
        text(n, "originating_vasp", false),
        text(n, "beneficiary_vasp", false),
        party(n.path("originator"), "originator"),
        party(n.path("beneficiary"), "beneficiary"));
  }

  private Party party(JsonNode n, String where) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      throw error(where, "must be an object");
    }
    String type = text(n, "type", false);
    Party.Kind kind =
        type == null || type.equalsIgnoreCase("natural")
            ? Party.Kind.NATURAL
            : type.equalsIgnoreCase("legal") ? Party.Kind.LEGAL : null;
    if (kind == null) {
      throw error(where + ".type", "must be natural or legal");
    }
    List<Party.Name> names = new ArrayList<>();
    JsonNode list = n.path("names");
    for (int i = 0; i < list.size(); i++) {
      JsonNode name = list.get(i);
      String at = where + ".names[" + i + "]";
      String primary = text(name, "primary", false);
      if (primary == null) {
        throw error(at + ".primary", "is required");
      }
      String nameType = text(name, "type", false);
      names.add(
          new Party.Name(
              bounded(primary, at + ".primary", 200),
              text(name, "secondary", false),
              nameType == null ? "LEGL" : nameType.toUpperCase(Locale.ROOT)));
    }
    JsonNode address = n.path("address");
    Party.Address geo =
        address.isObject()
            ? new Party.Address(
                text(address, "line", false),
                text(address, "town", false),
                country(text(address, "country", false), where + ".address.country"))
            : null;
    String dob = text(n, "date_of_birth", false);
    if (dob != null) {
      try {
        LocalDate.parse(dob);
      } catch (RuntimeException e) {
        throw error(where + ".date_of_birth", "must be YYYY-MM-DD");
      }
    }
    return new Party(
        kind,
        names,
        geo,
        text(n, "national_id", false),
        dob,
        text(n, "lei", false),
        text(n, "account", false));
  }

  private String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.path(field);
    if (v.isMissingNode() || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
      if (required) {
        throw error(field, "is required");
      }
      return null;
    }
    if (!v.isValueNode()) {
      throw error(field, "must be a text or a number");
    }
    return v.asText().strip();
  }

  private String bounded(String value, String field, int max) {
    if (value.length() > max) {
      throw error(field, "is longer than " + max + " characters");
    }
    return value;
  }

  private Transfer.Direction direction(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "in", "incoming" -> Transfer.Direction.IN;
      case "out", "outgoing" -> Transfer.Direction.OUT;
      default -> throw error("direction", "must be in or out, not '" + value + "'");
    };
  }

  private String asset(String value) {
    if (!value.matches("[A-Za-z0-9.]{2,12}")) {
      throw error("asset", "'" + value + "' is not an asset code");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private long positive(String value, String field) {
    try {
      long v = Long.parseLong(value);
      if (v <= 0) {
        throw error(field, "must be positive (in the asset's smallest unit)");
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(
          field, "must be a whole number in the asset's smallest unit, not '" + value + "'");
    }
  }

  private long usd(String value) {
    try {
      BigDecimal usd = new BigDecimal(value);
      if (usd.signum() < 0 || usd.scale() > 2) {
        throw error("value_usd", "must be 0 or more with at most 2 decimals");
      }
      return usd.movePointRight(2).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw error("value_usd", "'" + value + "' is not a USD amount");
    }
  }

  private Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (RuntimeException e) {
      throw error("time", "must be an ISO-8601 instant such as 2026-11-01T09:30:00Z");
    }
  }

  private String country(String value, String field) {
    if (value == null) {
      return null;
    }
    if (!value.matches("[A-Za-z]{2}")) {
      throw error(field, "must be an ISO 3166 alpha-2 code");
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private IntakeException error(String field, String message) {
    return new IntakeException(line, (field.isEmpty() ? "" : field + " ") + message);
  }
}
