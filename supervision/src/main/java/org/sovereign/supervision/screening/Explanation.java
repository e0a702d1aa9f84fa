package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.List;

/** Says in words why a listed name matched: token by token, then the secondary evidence. */
final class Explanation {
  private Explanation() {}

  static String of(NameMatcher matcher, Token[] query, NameIndex.Entry entry, List<String> notes) {
    Token[] listed = entry.tokens();
    List<String> pairs = new ArrayList<>();
    boolean[] used = new boolean[listed.length];
    for (int i = 0; i < query.length; i++) {
      int j = matcher.pair(i);
      if (j >= 0) {
        used[j] = true;
        pairs.add(pair(query[i], listed[j], matcher.similarity(i)));
      }
    }
    List<String> parts = new ArrayList<>();
    parts.add("tokens " + String.join(", ", pairs));
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < query.length; i++) {
      if (matcher.pair(i) < 0 && query[i].kind() != Token.Kind.WEAK) {
        unmatched.add(query[i].raw());
      }
    }
    if (!unmatched.isEmpty()) {
      parts.add("not listed: " + String.join(" ", unmatched));
    }
    List<String> missing = new ArrayList<>();
    for (int j = 0; j < listed.length; j++) {
      if (!used[j] && listed[j].kind() != Token.Kind.WEAK) {
        missing.add(listed[j].raw());
      }
    }
    if (!missing.isEmpty()) {
      parts.add("not given: " + String.join(" ", missing));
    }
    if (entry.listed().quality() != ListedName.Quality.PRIMARY) {
      parts.add(
          entry.listed().quality().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
    parts.addAll(notes);
    return String.join("; ", parts);
  }

  private static String pair(Token q, Token c, double similarity) {
    if (q.raw().equals(c.raw())) {
      return q.raw() + "=" + c.raw();
    }
    String how;
    if (q.kind() == Token.Kind.INITIAL || c.kind() == Token.Kind.INITIAL) {
      how = "initial";
    } else if (q.key().equals(c.key())) {
      how = q.fromTable() || c.fromTable() ? "transliteration" : "spelling";
    } else {
      how = String.format(java.util.Locale.ROOT, "%.2f", similarity);
    }
    return q.raw() + "~" + c.raw() + " (" + how + ")";
  }
}
