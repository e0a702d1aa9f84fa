package org.sovereign.supervision.screening;

/**
 * Jaro-Winkler similarity in [0, 1] (1 for equal strings): the Jaro score of characters matched
 * within half the longer length and their transpositions, raised for a common prefix of up to four
 * characters (scale 0.1) when Jaro exceeds 0.7. Does not allocate for strings up to 64 chars.
 */
public final class JaroWinkler {
  private static final double PREFIX_SCALE = 0.1;
  private static final int MAX_PREFIX = 4;
  private static final double BOOST_THRESHOLD = 0.7;

  private JaroWinkler() {}

  public static double similarity(CharSequence a, CharSequence b) {
    double jaro = jaro(a, b);
    if (jaro <= BOOST_THRESHOLD) {
      return jaro;
    }
    int prefix = 0;
    int limit = Math.min(MAX_PREFIX, Math.min(a.length(), b.length()));
    while (prefix < limit && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * PREFIX_SCALE * (1 - jaro);
  }

  public static double jaro(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    if (la > 64 || lb > 64) {
      return jaroLong(a, b);
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int end = Math.min(lb, i + window + 1);
      for (int j = Math.max(0, i - window); j < end; j++) {
        if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transposed = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transposed++;
        }
        j++;
      }
    }
    return score(matches, transposed / 2, la, lb);
  }

  /** The same as {@link #jaro} with arrays instead of bit masks (any length). */
  static double jaroLong(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] matchedA = new boolean[la];
    boolean[] matchedB = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int end = Math.min(lb, i + window + 1);
      for (int j = Math.max(0, i - window); j < end; j++) {
        if (!matchedB[j] && b.charAt(j) == a.charAt(i)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transposed = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if (matchedA[i]) {
        while (!matchedB[j]) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transposed++;
        }
        j++;
      }
    }
    return score(matches, transposed / 2, la, lb);
  }

  private static double score(int matches, int transpositions, int la, int lb) {
    double m = matches;
    return (m / la + m / lb + (m - transpositions) / m) / 3.0;
  }
}
