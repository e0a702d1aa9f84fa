package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.List;

/** Secondary evidence: how a query's date of birth, country and the alias kind move a score. */
record Evidence(double adjustment, List<String> notes) {
  static final double SAME_DATE = 0.05;
  static final double SAME_YEAR = 0.03;
  static final double SAME_YEAR_OTHER_DAY = 0.01;
  static final double NEAR_YEAR = -0.03;
  static final double OTHER_YEAR = -0.15;
  static final double SAME_COUNTRY = 0.03;
  static final double OTHER_COUNTRY = -0.05;
  static final double WEAK_ALIAS = -0.05;

  /** The most a score can rise: what the screener can skip names by. */
  static final double MAX_RISE = SAME_DATE + SAME_COUNTRY;

  /** Evidence beyond the name (the weak-alias penalty is part of the name score). */
  static Evidence of(NameQuery query, ListedParty party) {
    double adjustment = 0;
    List<String> notes = new ArrayList<>();
    if (query.dob().isPresent() && !party.birthDates().isEmpty()) {
      adjustment += dob(query.dob().get(), party, notes);
    }
    if (query.country().isPresent() && !party.countries().isEmpty()) {
      String country = query.country().get();
      if (party.countries().contains(country)) {
        adjustment += SAME_COUNTRY;
        notes.add("country " + country + " matches");
      } else {
        adjustment += OTHER_COUNTRY;
        notes.add(
            "country " + country + " not listed (" + String.join(", ", party.countries()) + ")");
      }
    }
    return new Evidence(adjustment, notes);
  }

  private static double dob(BirthDate dob, ListedParty party, List<String> notes) {
    BirthDate.Relation best = BirthDate.Relation.DIFFERENT;
    BirthDate closest = party.birthDates().getFirst();
    for (BirthDate listed : party.birthDates()) {
      BirthDate.Relation relation = dob.compare(listed);
      if (relation.ordinal() < best.ordinal()) {
        best = relation;
        closest = listed;
      }
    }
    String listed =
        party.birthDates().stream().map(BirthDate::toString).distinct().toList().toString();
    return switch (best) {
      case SAME_DATE -> note(notes, "DOB " + closest + " matches", SAME_DATE);
      case SAME_YEAR -> note(notes, "DOB year matches (listed " + closest + ")", SAME_YEAR);
      case SAME_YEAR_OTHER_DAY ->
          note(
              notes, "DOB year matches, day differs (listed " + closest + ")", SAME_YEAR_OTHER_DAY);
      case NEAR -> note(notes, "DOB near (listed " + closest + ")", NEAR_YEAR);
      case DIFFERENT ->
          note(
              notes,
              "DOB differs (listed " + listed.substring(1, listed.length() - 1) + ")",
              OTHER_YEAR);
    };
  }

  private static double note(List<String> notes, String note, double adjustment) {
    notes.add(note);
    return adjustment;
  }
}
