package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a name into comparable tokens: "LAST, First" put in reading order, accents, case and
 * punctuation removed, titles dropped or weakened, glued Arabic compounds split (Abdulrahman,
 * Nizamuddin, Rahmatullah), and every token mapped to its canonical spelling.
 */
final class NameNormalizer {
  static final NameNormalizer STANDARD = new NameNormalizer(VariantTable.load());

  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼʻ`´‘]");
  private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
  private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");
  private static final String[] ABD_ARTICLE = {"abdul", "abdel", "abdal", "abdol", "abdil"};
  private static final String[] ABD_SUN = {"abdu", "abde", "abda"};
  private static final String SUN_LETTERS = "rsnztd";
  private static final String[] DIN_SUFFIXES = {
    "uddeen", "uddine", "eddine", "uddin", "eddin", "addin", "aldin", "udeen", "edine", "udin",
    "edin"
  };
  private static final String[] ULLAH_SUFFIXES = {"ullah", "ollah", "allah", "ulla"};
  private static final int MIN_STEM = 3;
  private static final String DIN = VariantTable.key("din");
  private static final String ULLAH = VariantTable.key("ullah");

  private final VariantTable table;

  NameNormalizer(VariantTable table) {
    this.table = table;
  }

  /** The tokens of a person's or a party's name; {@code person} splits "M.A." into initials. */
  List<Token> tokens(String name, boolean person) {
    String text = person ? readingOrder(name) : name;
    String plain = APOSTROPHES.matcher(Spelling.plain(text)).replaceAll("");
    if (!person) {
      plain = DOTTED_ABBREVIATION.matcher(plain).replaceAll(m -> m.group().replace(".", ""));
    }
    List<Token> tokens = new ArrayList<>();
    for (String piece : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!piece.isEmpty()) {
        for (String[] part : splitCompound(piece)) {
          addToken(tokens, part[0], part[1], person);
        }
      }
    }
    return tokens;
  }

  /**
   * A query's tokens checked against the listed vocabulary: a token no listed name has is split
   * when it is a glued article ("Alzawahiri"), and weakened when it is a misspelt title or legal
   * form ("Compnay").
   */
  List<Token> refine(List<Token> tokens, Predicate<String> listed) {
    List<Token> refined = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      refined.add(
          token.kind() != Token.Kind.NAME || listed.test(token.key())
              ? token
              : unknown(token, listed));
    }
    return refined;
  }

  private Token unknown(Token token, Predicate<String> listed) {
    String raw = token.raw();
    if (raw.length() >= 5 && (raw.startsWith("al") || raw.startsWith("el"))) {
      String rest = raw.substring(2);
      String folded = Spelling.fold(rest);
      String canonical = table.variants().getOrDefault(folded, folded);
      if (listed.test(canonical)) {
        return new Token(rest, canonical, Token.Kind.NAME, !canonical.equals(folded));
      }
    }
    String closest = null;
    double best = 0;
    for (Map.Entry<String, String> weak : table.weak().entrySet()) {
      double similarity = NameMatcher.fuzzy(token.key(), weak.getKey(), true);
      if (similarity > best) {
        best = similarity;
        closest = weak.getValue();
      }
    }
    return closest == null ? token : new Token(raw, closest, Token.Kind.WEAK, true);
  }

  /** The names a listed text stands for: itself without parentheses, and what they held. */
  static List<String> parts(String listed) {
    List<String> parts = new ArrayList<>();
    String outside = PARENTHESES.matcher(listed).replaceAll(" ");
    for (String alternative : outside.split(";")) {
      if (!alternative.isBlank()) {
        parts.add(alternative.strip());
      }
    }
    var inside = PARENTHESES.matcher(listed);
    while (inside.find()) {
      if (inside.group(1).replaceAll("[^\\p{L}]", "").length() >= 2) {
        parts.add(inside.group(1).strip());
      }
    }
    return parts.isEmpty() ? List.of(listed) : parts;
  }

  private static String readingOrder(String name) {
    int comma = name.indexOf(',');
    if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
      return name;
    }
    return name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip();
  }

  private void addToken(List<Token> tokens, String raw, String folded, boolean person) {
    if (person && raw.length() == 1 && Character.isLetter(raw.charAt(0)) && !raw.equals("y")) {
      tokens.add(new Token(raw, raw, Token.Kind.INITIAL, false));
      return;
    }
    if (table.isDropped(raw)) {
      return;
    }
    String weak = table.weak().get(folded);
    if (weak != null) {
      tokens.add(new Token(raw, weak, Token.Kind.WEAK, true));
      return;
    }
    String canonical = table.variants().get(folded);
    tokens.add(
        new Token(raw, canonical != null ? canonical : folded, Token.Kind.NAME, canonical != null));
  }

  /** Pairs of (plain, folded) for one piece: itself, or the two halves of a glued compound. */
  private List<String[]> splitCompound(String piece) {
    String folded = Spelling.fold(piece);
    if (table.variants().containsKey(folded) || piece.length() < 2 * MIN_STEM) {
      return List.<String[]>of(new String[] {piece, folded});
    }
    for (String prefix : ABD_ARTICLE) {
      if (piece.startsWith(prefix) && piece.length() - prefix.length() >= MIN_STEM) {
        return abd(prefix, piece.substring(prefix.length()));
      }
    }
    for (String prefix : ABD_SUN) {
      int n = prefix.length();
      if (piece.startsWith(prefix)
          && piece.length() - n > MIN_STEM
          && SUN_LETTERS.indexOf(piece.charAt(n)) >= 0) {
        String rest =
            piece.charAt(n) == piece.charAt(n + 1) ? piece.substring(n + 1) : piece.substring(n);
        return abd(prefix + piece.charAt(n), rest);
      }
    }
    for (String suffix : DIN_SUFFIXES) {
      if (piece.endsWith(suffix) && piece.length() - suffix.length() >= MIN_STEM) {
        return halves(piece.substring(0, piece.length() - suffix.length()), suffix, DIN);
      }
    }
    for (String suffix : ULLAH_SUFFIXES) {
      if (piece.endsWith(suffix) && piece.length() - suffix.length() >= MIN_STEM) {
        return halves(piece.substring(0, piece.length() - suffix.length()), suffix, ULLAH);
      }
    }
    return List.<String[]>of(new String[] {piece, folded});
  }

  private static List<String[]> abd(String prefix, String rest) {
    return List.of(new String[] {prefix, "abd"}, new String[] {rest, Spelling.fold(rest)});
  }

  private static List<String[]> halves(String stem, String suffix, String canonical) {
    return List.of(new String[] {stem, Spelling.fold(stem)}, new String[] {suffix, canonical});
  }
}
