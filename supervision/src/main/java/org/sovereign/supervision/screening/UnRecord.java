package org.sovereign.supervision.screening;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** The fields of one UN INDIVIDUAL or ENTITY as they stream past. */
final class UnRecord {
  private final PartyType type;
  private final long line;
  private final String[] nameParts = new String[4];
  private final List<ListedName> aliases = new ArrayList<>();
  private final List<BirthDate> birthDates = new ArrayList<>();
  private final Set<String> countries = new LinkedHashSet<>();
  private final List<String> programs = new ArrayList<>();
  private String reference = "";
  private String originalScript = "";
  private String aliasQuality = "";
  private String aliasName = "";
  private DateParts date;

  /** The pieces of one INDIVIDUAL_DATE_OF_BIRTH block. */
  record DateParts(String type, String date, String year, String fromYear, String toYear) {}

  UnRecord(PartyType type, long line) {
    this.type = type;
    this.line = line;
  }

  void startAlias() {
    aliasQuality = "";
    aliasName = "";
  }

  void endAlias() {
    if (!aliasName.isBlank()) {
      boolean low = aliasQuality.toLowerCase(Locale.ROOT).equals("low");
      aliases.add(
          new ListedName(
              aliasName, low ? ListedName.Quality.WEAK_ALIAS : ListedName.Quality.STRONG_ALIAS));
    }
  }

  void startBirthDate() {
    date = new DateParts("", "", "", "", "");
  }

  void endBirthDate(Function<DateParts, BirthDate> reader) {
    BirthDate read = reader.apply(date);
    if (read != null) {
      birthDates.add(read);
    }
  }

  void field(String parent, String name, String value) {
    switch (name) {
      case "FIRST_NAME" -> nameParts[0] = value;
      case "SECOND_NAME" -> nameParts[1] = value;
      case "THIRD_NAME" -> nameParts[2] = value;
      case "FOURTH_NAME" -> nameParts[3] = value;
      case "REFERENCE_NUMBER" -> reference = value;
      case "UN_LIST_TYPE" -> programs.add(value);
      case "NAME_ORIGINAL_SCRIPT" -> originalScript = value;
      case "QUALITY" -> aliasQuality = value;
      case "ALIAS_NAME" -> aliasName = value;
      case "VALUE" -> {
        if (parent.equals("NATIONALITY") && !Countries.isUnspecified(value)) {
          countries.add(Countries.codeOrName(value));
        }
      }
      case "COUNTRY" -> {
        if (parent.endsWith("_ADDRESS") && !Countries.isUnspecified(value)) {
          countries.add(Countries.codeOrName(value));
        }
      }
      case "TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR" -> dateField(parent, name, value);
      case "DATE_OF_BIRTH" -> {
        if (parent.endsWith("_ALIAS") && !value.isEmpty()) {
          birthDates.add(BirthDate.parse(value));
        }
      }
      default -> {}
    }
  }

  private void dateField(String parent, String name, String value) {
    if (!parent.equals("INDIVIDUAL_DATE_OF_BIRTH") || date == null) {
      return;
    }
    date =
        switch (name) {
          case "TYPE_OF_DATE" ->
              new DateParts(value, date.date(), date.year(), date.fromYear(), date.toYear());
          case "DATE" ->
              new DateParts(date.type(), value, date.year(), date.fromYear(), date.toYear());
          case "YEAR" ->
              new DateParts(date.type(), date.date(), value, date.fromYear(), date.toYear());
          case "FROM_YEAR" ->
              new DateParts(date.type(), date.date(), date.year(), value, date.toYear());
          default -> new DateParts(date.type(), date.date(), date.year(), date.fromYear(), value);
        };
  }

  ListedParty build(Path file) {
    if (reference.isEmpty()) {
      throw new SanctionsListException(file, line, "record without REFERENCE_NUMBER");
    }
    StringBuilder primary = new StringBuilder();
    for (String part : nameParts) {
      if (part != null && !part.isBlank()) {
        primary.append(primary.isEmpty() ? "" : " ").append(part.strip());
      }
    }
    if (primary.isEmpty()) {
      throw new SanctionsListException(file, line, reference + " has no FIRST_NAME");
    }
    List<ListedName> names = new ArrayList<>();
    names.add(new ListedName(primary.toString(), ListedName.Quality.PRIMARY));
    names.addAll(aliases);
    if (!originalScript.isBlank()) {
      names.add(new ListedName(originalScript, ListedName.Quality.ORIGINAL_SCRIPT));
    }
    return new ListedParty(
        ListSource.UN.listId(reference),
        ListSource.UN,
        type,
        names,
        birthDates,
        countries,
        programs);
  }
}
