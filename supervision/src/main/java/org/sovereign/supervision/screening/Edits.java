package org.sovereign.supervision.screening;

/**
 * Edit distance with adjacent transpositions (optimal string alignment), stopped early once it
 * exceeds a bound: a typo check beside Jaro-Winkler, which scores some one-letter slips low.
 */
final class Edits {
  private static final int MAX_LENGTH = 32;

  private Edits() {}

  /** The distance between a and b, or {@code bound + 1} when it is larger than bound. */
  static int distance(String a, String b, int bound) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > bound) {
      return bound + 1;
    }
    if (n > MAX_LENGTH || m > MAX_LENGTH) {
      return a.equals(b) ? 0 : bound + 1;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] recycled = before;
      before = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[m], bound + 1);
  }
}
