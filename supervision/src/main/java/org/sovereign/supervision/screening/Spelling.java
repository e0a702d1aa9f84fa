package org.sovereign.supervision.screening;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Character-level folding of names: {@link #plain} removes accents and case; {@link #fold} also
 * merges the spellings transliteration varies most (doubled letters, ou/oo, ee, q/k, ph/f, w/v,
 * x/ks, a final y or h), so variant tables stay short and typos of that kind cost nothing.
 */
final class Spelling {
  private Spelling() {}

  /** Lower case without diacritics: NFKD, marks removed, the letters NFKD keeps whole mapped. */
  static String plain(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK
          || Character.getType(c) == Character.ENCLOSING_MARK) {
        continue;
      }
      out.append(
          switch (c) {
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ß' -> "ss";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            default -> String.valueOf(c);
          });
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The folded form of one plain token (see the class comment). */
  static String fold(String token) {
    if (token.length() < 3 || !isAsciiLetters(token)) {
      return token;
    }
    String s =
        token
            .replace("ph", "f")
            .replace("dh", "d")
            .replace("th", "t")
            .replace("ck", "k")
            .replace('q', 'k')
            .replace('w', 'v')
            .replace("x", "ks")
            .replace("dj", "j")
            .replace("ou", "u")
            .replace("oo", "u")
            .replace("ee", "i")
            .replace("iy", "i");
    s = collapse(s);
    if (s.length() > 2 && s.endsWith("y") && !isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1) + "i";
    } else if (s.length() > 3 && s.endsWith("ey")) {
      s = s.substring(0, s.length() - 1) + "i";
    }
    if (s.length() > 3 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** A coarse sound key for blocking: first letter (a vowel becomes 'a'), then consonants. */
  static String skeleton(String folded) {
    StringBuilder key = new StringBuilder(folded.length());
    char first = folded.charAt(0);
    key.append(isVowel(first) ? 'a' : first);
    char last = key.charAt(0);
    for (int i = 1; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!isVowel(c) && c != 'h' && c != last) {
        key.append(c);
        last = c;
      }
    }
    return key.toString();
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }

  private static boolean isAsciiLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
