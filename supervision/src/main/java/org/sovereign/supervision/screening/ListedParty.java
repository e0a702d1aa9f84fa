package org.sovereign.supervision.screening;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person, entity, vessel or aircraft on a sanctions list, with what the list says about it that
 * screening uses. {@code listId} is stable across list versions ({@code OFAC-SDN:<ent_num>}, {@code
 * OFAC-CONS:<ent_num>}, {@code UN:<reference number>}); {@code countries} are ISO 3166 alpha-2
 * codes of nationality, citizenship and addresses, sorted (a lower-case name when the code is
 * unknown).
 */
public record ListedParty(
    String listId,
    ListSource source,
    PartyType type,
    List<ListedName> names,
    List<BirthDate> birthDates,
    Set<String> countries,
    List<String> programs) {

  public ListedParty {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    names = List.copyOf(names);
    birthDates = List.copyOf(birthDates);
    countries = Collections.unmodifiableSet(new TreeSet<>(countries));
    programs = List.copyOf(programs);
    if (names.isEmpty() || names.getFirst().quality() != ListedName.Quality.PRIMARY) {
      throw new IllegalArgumentException(listId + " must have its primary name first");
    }
  }

  public String primaryName() {
    return names.getFirst().text();
  }
}
