package org.sovereign.supervision.register;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.platform.errors.DomainException;

/** Field checks for applications and transitions; each error names its field. */
final class ApplicationCheck {
  private ApplicationCheck() {}

  static String text(String value, String field, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw DomainException.invalidField(field, "must be 1 to " + max + " characters");
    }
    return clean;
  }

  static String optional(String value, String field, int max) {
    return value == null || value.isBlank() ? null : text(value, field, max);
  }

  static LicenseCategory category(String value) {
    try {
      return LicenseCategory.parse(value);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("category", e.getMessage());
    }
  }

  static List<String> services(List<String> values) {
    if (values == null || values.isEmpty() || values.size() > 20) {
      throw DomainException.invalidField("services", "list 1 to 20 services");
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String s = text(values.get(i), "services[" + i + "]", 100);
      if (s.contains(";")) {
        throw DomainException.invalidField("services[" + i + "]", "must not contain ';'");
      }
      clean.add(s);
    }
    return clean;
  }

  /** An ISO 17442 Legal Entity Identifier: 20 characters whose check digits hold (mod 97). */
  static String lei(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String lei = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (!lei.matches("[A-Z0-9]{18}[0-9]{2}")) {
      throw DomainException.invalidField(
          "lei", "an LEI has 18 letters or digits and 2 check digits");
    }
    int remainder = 0;
    for (char c : lei.toCharArray()) {
      int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
      remainder = (v >= 10 ? remainder * 100 + v : remainder * 10 + v) % 97;
    }
    if (remainder != 1) {
      throw DomainException.invalidField("lei", "check digits do not match (ISO 17442)");
    }
    return lei;
  }

  static String website(String value) {
    String clean = optional(value, "website", 300);
    if (clean == null) {
      return null;
    }
    try {
      URI uri = new URI(clean);
      if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
          || uri.getHost() == null) {
        throw new IllegalArgumentException();
      }
    } catch (Exception e) {
      throw DomainException.invalidField("website", "must be an http(s) address");
    }
    return clean;
  }

  static LocalDate date(String value, String field, LocalDate fallback, LocalDate latest) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(field, "must be a date as YYYY-MM-DD");
    }
    if (date.isAfter(latest)) {
      throw DomainException.invalidField(field, "must not be in the future");
    }
    return date;
  }
}
