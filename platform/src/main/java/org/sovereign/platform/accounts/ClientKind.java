package org.sovereign.platform.accounts;

import java.util.Locale;

/**
 * Machine clients that call the API with a token. Reporters and site operators are scoped to one
 * organisation; monitoring (a metrics scraper) is not scoped and reads only metrics.
 */
public enum ClientKind {
  VASP_REPORTER(OrganisationKind.VASP),
  SITE_OPERATOR(OrganisationKind.POWER_SITE),
  MONITORING(null);

  private final OrganisationKind organisationKind;

  ClientKind(OrganisationKind organisationKind) {
    this.organisationKind = organisationKind;
  }

  /** The kind of organisation a token of this kind is scoped to, or null when unscoped. */
  public OrganisationKind organisationKind() {
    return organisationKind;
  }

  public boolean scoped() {
    return organisationKind != null;
  }

  public static ClientKind parse(String name) {
    String normalized = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ClientKind kind : values()) {
      if (kind.name().equals(normalized)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown client kind '" + name + "' (expected vasp-reporter, site-operator or monitoring)");
  }

  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
