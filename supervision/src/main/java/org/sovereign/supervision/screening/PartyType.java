package org.sovereign.supervision.screening;

import java.util.Locale;

/** What a listed party (or a screened one) is. Vessels and aircraft are not persons. */
public enum PartyType {
  INDIVIDUAL,
  ENTITY,
  VESSEL,
  AIRCRAFT;

  public boolean isPerson() {
    return this == INDIVIDUAL;
  }

  /** Whether a listed party of this type is a candidate for a query about {@code queried}. */
  boolean compatibleWith(PartyType queried) {
    return isPerson() == queried.isPerson();
  }

  /** Reads {@code individual}, {@code person}, {@code entity}, {@code organisation}, ... */
  public static PartyType parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "individual", "person" -> INDIVIDUAL;
      case "entity", "organisation", "organization", "company" -> ENTITY;
      case "vessel" -> VESSEL;
      case "aircraft" -> AIRCRAFT;
      default ->
          throw new IllegalArgumentException(
              "unknown party type '" + text + "' (individual, entity, vessel or aircraft)");
    };
  }
}
