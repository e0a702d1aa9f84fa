package org.sovereign.platform.accounts;

import java.util.Locale;

/** The kinds of outside organisations that hold machine-client tokens. */
public enum OrganisationKind {
  VASP,
  POWER_SITE;

  public static OrganisationKind parse(String name) {
    String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (OrganisationKind kind : values()) {
      if (kind.name().equals(normalized)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown organisation kind '" + name + "' (expected vasp or power-site)");
  }
}
