package org.sovereign.supervision.screening;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OFAC's free-text Remarks (continued in the comments file) say that screening uses: dates of
 * birth, nationality and citizenship, digital-currency addresses and weak aliases ({@code a.k.a.
 * 'NAME'}).
 */
record RemarkFacts(
    List<BirthDate> birthDates,
    List<String> countries,
    List<CurrencyAddress> addresses,
    List<String> weakAliases) {

  /** One "Digital Currency Address - ASSET address" tag. */
  record CurrencyAddress(String asset, String address) {}

  private static final Pattern DOB = Pattern.compile("(?:^|;)\\s*(?:alt\\.\\s+)?DOB\\s+([^;]+)");
  private static final Pattern COUNTRY =
      Pattern.compile("(?:^|;)\\s*(?:alt\\.\\s+)?(?:nationality|citizen)\\s+([^;]+)");
  private static final Pattern ADDRESS =
      Pattern.compile("Digital Currency Address - ([A-Za-z0-9]+)\\s+([A-Za-z0-9:]+)");
  private static final Pattern WEAK_AKA = Pattern.compile("a\\.k\\.a\\.\\s+'(.+?)'(?=[;.,]|$)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3})\\s+(\\d{4})");
  private static final Map<String, Integer> MONTHS = months();

  static RemarkFacts parse(String remarks) {
    List<BirthDate> dates = new ArrayList<>();
    Matcher dob = DOB.matcher(remarks);
    while (dob.find()) {
      BirthDate date = birthDate(trimDot(dob.group(1)));
      if (date != null) {
        dates.add(date);
      }
    }
    List<String> countries = new ArrayList<>();
    Matcher country = COUNTRY.matcher(remarks);
    while (country.find()) {
      countries.add(trimDot(country.group(1)));
    }
    List<CurrencyAddress> addresses = new ArrayList<>();
    Matcher address = ADDRESS.matcher(remarks);
    while (address.find()) {
      addresses.add(new CurrencyAddress(address.group(1), address.group(2)));
    }
    List<String> aliases = new ArrayList<>();
    Matcher aka = WEAK_AKA.matcher(remarks);
    while (aka.find()) {
      aliases.add(aka.group(1).strip());
    }
    return new RemarkFacts(dates, countries, addresses, aliases);
  }

  private static String trimDot(String text) {
    String s = text.strip();
    return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
  }

  /** {@code 1970}, {@code 03 Mar 1985}, {@code Jan 1960}, {@code circa 1970}, {@code A to B}. */
  static BirthDate birthDate(String text) {
    String s = text.strip();
    boolean circa = s.startsWith("circa ");
    if (circa) {
      s = s.substring(6).strip();
    }
    String[] range = s.split("\\s+to\\s+|(?<=\\d{4})-(?=\\d{4})");
    BirthDate from = single(range[0]);
    BirthDate to = range.length == 2 ? single(range[1]) : from;
    if (from == null || to == null || from.fromYear() > to.toYear()) {
      return null;
    }
    if (circa) {
      return BirthDate.years(from.fromYear() - 1, to.toYear() + 1);
    }
    return range.length == 2 && !from.equals(to)
        ? BirthDate.years(from.fromYear(), to.toYear())
        : from;
  }

  private static BirthDate single(String text) {
    String s = text.strip();
    if (s.matches("\\d{4}")) {
      return BirthDate.year(Integer.parseInt(s));
    }
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    Integer month = m.matches() ? MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
    if (month == null) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    int day = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    try {
      return new BirthDate(year, year, month, day);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    for (Month month : Month.values()) {
      String name = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      months.put(name.toLowerCase(Locale.ROOT), month.getValue());
    }
    return Map.copyOf(months);
  }
}
