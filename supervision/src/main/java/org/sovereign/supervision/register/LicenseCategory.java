package org.sovereign.supervision.register;

import java.util.Locale;

/** What kind of virtual-asset service a license covers. */
public enum LicenseCategory {
  EXCHANGE,
  CUSTODIAL_WALLET,
  BROKER,
  DEFI,
  OTHER;

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a slug ({@code custodial-wallet}) or a name; the error lists the valid values. */
  public static LicenseCategory parse(String text) {
    String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (LicenseCategory c : values()) {
      if (c.name().equals(normalized)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown category '" + text + "' (exchange, custodial-wallet, broker, defi, other)");
  }
}
