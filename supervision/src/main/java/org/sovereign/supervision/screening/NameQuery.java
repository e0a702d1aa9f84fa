package org.sovereign.supervision.screening;

import java.util.Objects;
import java.util.Optional;

/**
 * A name to screen, with optional secondary evidence: date of birth, country (ISO alpha-2, alpha-3
 * or English name; stored as alpha-2) and party type (only listed parties of a compatible type are
 * considered).
 */
public record NameQuery(
    String name, Optional<BirthDate> dob, Optional<String> country, Optional<PartyType> type) {
  public NameQuery {
    Objects.requireNonNull(dob, "dob");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(type, "type");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("the name to screen is blank");
    }
    if (name.length() > 500) {
      throw new IllegalArgumentException("the name to screen has more than 500 characters");
    }
    country =
        country.map(
            c ->
                Countries.code(c)
                    .orElseThrow(
                        () -> new IllegalArgumentException("unknown country '" + c + "'")));
  }

  public static NameQuery of(String name) {
    return new NameQuery(name, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public NameQuery withDob(BirthDate date) {
    return new NameQuery(name, Optional.of(date), country, type);
  }

  public NameQuery withCountry(String code) {
    return new NameQuery(name, dob, Optional.of(code), type);
  }

  public NameQuery withType(PartyType partyType) {
    return new NameQuery(name, dob, country, Optional.of(partyType));
  }
}
