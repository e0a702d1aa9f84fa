package org.sovereign.supervision.aml.transfer;

import java.util.List;

/**
 * An originator or beneficiary as IVMS101 describes it (the subset supervisors use): a natural or
 * legal person, its names with their type, geographic address, national identifier, date of birth
 * (natural persons), LEI (legal persons), and the account or wallet address the VASP holds for it.
 */
public record Party(
    Kind kind,
    List<Name> names,
    Address address,
    String nationalId,
    String dateOfBirth,
    String lei,
    String account) {

  public Party {
    names = names == null ? List.of() : List.copyOf(names);
  }

  /** IVMS101 person type. */
  public enum Kind {
    NATURAL,
    LEGAL
  }

  /**
   * A name: for natural persons the primary identifier is the family name and the secondary the
   * given names; {@code type} is the IVMS101 name identifier type (LEGL, ALIA, BIRT, MAID,
   * TRAD...).
   */
  public record Name(String primary, String secondary, String type) {
    public String full() {
      return secondary == null || secondary.isBlank() ? primary : secondary + " " + primary;
    }
  }

  /** A geographic address; {@code country} is ISO 3166-1 alpha-2. */
  public record Address(String line, String town, String country) {}

  /** The party's legal name (or its first name of any type), or null. */
  public String displayName() {
    return names.stream()
        .filter(n -> "LEGL".equals(n.type()))
        .findFirst()
        .or(() -> names.stream().findFirst())
        .map(Name::full)
        .orElse(null);
  }

  public String country() {
    return address == null ? null : address.country();
  }
}
