package org.sovereign.supervision.register;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A license's lifecycle: applied, under review, licensed (with conditions), suspended, and finally
 * revoked, withdrawn or refused. {@link #next()} lists the transitions a supervisor may propose.
 */
public enum LicenseStatus {
  APPLIED,
  UNDER_REVIEW,
  LICENSED,
  SUSPENDED,
  REVOKED,
  WITHDRAWN,
  REFUSED;

  public Set<LicenseStatus> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
      case UNDER_REVIEW -> EnumSet.of(LICENSED, REFUSED, WITHDRAWN);
      case LICENSED -> EnumSet.of(SUSPENDED, REVOKED, WITHDRAWN);
      case SUSPENDED -> EnumSet.of(LICENSED, REVOKED, WITHDRAWN);
      case REVOKED, WITHDRAWN, REFUSED -> EnumSet.noneOf(LicenseStatus.class);
    };
  }

  public boolean canMoveTo(LicenseStatus target) {
    return next().contains(target);
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static LicenseStatus parse(String text) {
    String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (LicenseStatus s : values()) {
      if (s.name().equals(normalized)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown status '"
            + text
            + "' (applied, under-review, licensed, suspended, revoked, withdrawn, refused)");
  }
}
