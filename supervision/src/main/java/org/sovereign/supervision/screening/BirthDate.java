package org.sovereign.supervision.screening;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth as lists give it: an exact date, a year, or a range of years (month and day 0
 * when unknown). Immutable.
 */
public record BirthDate(int fromYear, int toYear, int month, int day) {
  private static final int NEAR_YEARS = 2;

  public BirthDate {
    if (fromYear < 1800 || toYear > 2200 || fromYear > toYear) {
      throw new IllegalArgumentException(
          "birth years " + fromYear + ".." + toYear + " are invalid");
    }
    if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
      throw new IllegalArgumentException("birth month " + month + " and day " + day + " invalid");
    }
    if (month > 0 && fromYear != toYear) {
      throw new IllegalArgumentException("a range of birth years has no month");
    }
  }

  public static BirthDate year(int year) {
    return new BirthDate(year, year, 0, 0);
  }

  public static BirthDate years(int from, int to) {
    return new BirthDate(from, to, 0, 0);
  }

  public static BirthDate of(LocalDate date) {
    return new BirthDate(
        date.getYear(), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Reads {@code 1970}, {@code 1970-05} or {@code 1970-05-21}. */
  public static BirthDate parse(String text) {
    String s = text.strip();
    try {
      return switch (s.length()) {
        case 4 -> year(Integer.parseInt(s));
        case 7 ->
            s.charAt(4) == '-'
                ? new BirthDate(
                    Integer.parseInt(s.substring(0, 4)),
                    Integer.parseInt(s.substring(0, 4)),
                    Integer.parseInt(s.substring(5)),
                    0)
                : fail(text);
        case 10 -> of(LocalDate.parse(s));
        default -> fail(text);
      };
    } catch (IllegalArgumentException | DateTimeException e) {
      return fail(text);
    }
  }

  private static BirthDate fail(String text) {
    throw new IllegalArgumentException(
        "date of birth '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }

  public boolean isExactDate() {
    return day > 0;
  }

  /** How this date (a query's) relates to a listed one. */
  public Relation compare(BirthDate listed) {
    if (isExactDate() && listed.isExactDate()) {
      if (equals(listed)) {
        return Relation.SAME_DATE;
      }
      return fromYear == listed.fromYear ? Relation.SAME_YEAR_OTHER_DAY : far(listed);
    }
    if (fromYear <= listed.toYear && listed.fromYear <= toYear) {
      return Relation.SAME_YEAR;
    }
    return far(listed);
  }

  private Relation far(BirthDate listed) {
    int gap = Math.max(listed.fromYear - toYear, fromYear - listed.toYear);
    return gap <= NEAR_YEARS ? Relation.NEAR : Relation.DIFFERENT;
  }

  /** Outcome of {@link #compare}, from strongest agreement to disagreement. */
  public enum Relation {
    SAME_DATE,
    SAME_YEAR,
    SAME_YEAR_OTHER_DAY,
    NEAR,
    DIFFERENT
  }

  @Override
  public String toString() {
    if (fromYear != toYear) {
      return fromYear + ".." + toYear;
    }
    if (month == 0) {
      return Integer.toString(fromYear);
    }
    return day == 0
        ? String.format("%04d-%02d", fromYear, month)
        : String.format("%04d-%02d-%02d", fromYear, month, day);
  }
}
