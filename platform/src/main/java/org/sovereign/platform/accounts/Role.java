package org.sovereign.platform.accounts;

import java.util.Locale;

/** What a console user may do. A user may hold several roles; none implies another. */
public enum Role {
  ADMIN,
  RESERVE_OFFICER,
  RESERVE_APPROVER,
  SUPERVISOR,
  ANALYST,
  GRID_OPERATOR,
  AUDITOR;

  /** Parses {@code reserve-officer}, {@code RESERVE_OFFICER} and the like. */
  public static Role parse(String name) {
    String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Role role : values()) {
      if (role.name().equals(normalized)) {
        return role;
      }
    }
    throw new IllegalArgumentException(
        "unknown role '"
            + name
            + "' (expected one of "
            + java.util.Arrays.toString(values())
            + ")");
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
