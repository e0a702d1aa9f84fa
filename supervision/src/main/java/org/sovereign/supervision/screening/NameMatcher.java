package org.sovereign.supervision.screening;

/**
 * Aligns the tokens of a query with those of one listed name, order-free: each query token pairs
 * with at most one listed token, the most similar pairs first. The score weighs how much of the
 * query the listed name explains more than how much of the listed name the query covers, and listed
 * names between the first and last ones matched (middle names) count a quarter, so a missing middle
 * name costs little and an extra, unlisted name costs a lot. Not thread-safe: one per query.
 */
final class NameMatcher {
  static final double TOKEN_FLOOR = 0.89;
  static final double SHORT_TOKEN_FLOOR = 0.93;
  static final double INITIAL_SIMILARITY = 0.75;
  static final double QUERY_SHARE = 0.7;
  static final double SINGLE_NAME_SHARE = 0.5;
  static final double MIDDLE_NAME_SHARE = 0.25;
  static final double ENTITY_SINGLE_FLOOR = 0.93;
  private static final int ENTITY_SINGLE_LENGTH = 6;
  private static final int MIN_FUZZY_LENGTH = 3;
  private static final int SHORT_LENGTH = 5;
  private static final double FUZZY_PENALTY = 1.5;
  private static final double TYPO_GATE = 0.8;
  private static final double TYPO_SIMILARITY = 0.9;
  private static final int TYPO_LENGTH = 4;
  private static final int LONG_TYPO_LENGTH = 8;

  private final Token[] query;
  private final float[] queryWeights;
  private final boolean person;
  private final int queryNames;
  private final int[] pairs;
  private final double[] sims;
  private double[] matrix = new double[64];
  private boolean[] used = new boolean[16];

  NameMatcher(Token[] query, float[] queryWeights, boolean person) {
    this.query = query;
    this.queryWeights = queryWeights;
    this.person = person;
    this.pairs = new int[query.length];
    this.sims = new double[query.length];
    int names = 0;
    for (Token t : query) {
      names += t.kind() == Token.Kind.WEAK ? 0 : 1;
    }
    this.queryNames = names;
  }

  /** After {@link #align}: the listed token paired with query token i, or -1. */
  int pair(int queryToken) {
    return pairs[queryToken];
  }

  /** After {@link #align}: the similarity of query token i with its pair. */
  double similarity(int queryToken) {
    return sims[queryToken];
  }

  /** Aligns with one listed name and returns its name score in [0, 1]. */
  double align(Token[] listed, float[] listedWeights) {
    fill(listed);
    greedy(query.length, listed.length);
    double matched = 0;
    double queryTotal = 0;
    double listedTotal = 0;
    int alignedNames = 0;
    double weakestName = 1;
    for (int i = 0; i < query.length; i++) {
      int j = pairs[i];
      if (j >= 0) {
        boolean weak = query[i].kind() == Token.Kind.WEAK || listed[j].kind() == Token.Kind.WEAK;
        double w = weak ? NameIndex.WEAK_WEIGHT : pairWeight(i, listed[j], listedWeights[j]);
        matched += w * sims[i];
        queryTotal += w;
        listedTotal += w;
        if (!weak) {
          alignedNames++;
          weakestName = Math.min(weakestName, sims[i]);
        }
      } else if (query[i].kind() != Token.Kind.WEAK) {
        queryTotal += queryWeights[i];
      }
    }
    int listedNames = 0;
    for (Token token : listed) {
      listedNames += token.kind() == Token.Kind.WEAK ? 0 : 1;
    }
    listedTotal += unmatchedWeight(listed, listedWeights);
    if (!enough(alignedNames, listedNames, weakestName, listed)) {
      return 0;
    }
    double share = queryNames == 1 && listedNames > 1 ? SINGLE_NAME_SHARE : QUERY_SHARE;
    return share * matched / queryTotal + (1 - share) * matched / listedTotal;
  }

  /** The weight of the listed names left unmatched; those between matched ones count less. */
  private double unmatchedWeight(Token[] listed, float[] listedWeights) {
    int first = listed.length;
    int last = -1;
    for (int j = 0; j < listed.length; j++) {
      if (used[j] && listed[j].kind() != Token.Kind.WEAK) {
        first = Math.min(first, j);
        last = j;
      }
    }
    double weight = 0;
    for (int j = 0; j < listed.length; j++) {
      if (!used[j] && listed[j].kind() != Token.Kind.WEAK) {
        weight += listedWeights[j] * (j > first && j < last ? MIDDLE_NAME_SHARE : 1.0);
      }
    }
    return weight;
  }

  /**
   * Whether the alignment can stand: two names matched when both sides have two, and a single
   * matched name exact for a person (a long, close spelling for an entity).
   */
  private boolean enough(int aligned, int listedNames, double weakest, Token[] listed) {
    if (aligned == 0 || (aligned < 2 && Math.min(queryNames, listedNames) >= 2)) {
      return false;
    }
    if (aligned > 1 || weakest >= 1.0) {
      return true;
    }
    if (person) {
      return false;
    }
    for (int i = 0; i < query.length; i++) {
      if (pairs[i] >= 0 && query[i].kind() == Token.Kind.NAME) {
        return sims[i] >= ENTITY_SINGLE_FLOOR
            && listed[pairs[i]].key().length() >= ENTITY_SINGLE_LENGTH;
      }
    }
    return false;
  }

  /** An initial stands for the full name it pairs with: it carries the heavier weight. */
  private double pairWeight(int i, Token listed, float listedWeight) {
    if (query[i].kind() == Token.Kind.INITIAL || listed.kind() == Token.Kind.INITIAL) {
      return Math.max(queryWeights[i], listedWeight);
    }
    return listedWeight;
  }

  private void fill(Token[] listed) {
    int n = query.length;
    int m = listed.length;
    if (matrix.length < n * m) {
      matrix = new double[n * m];
    }
    if (used.length < m) {
      used = new boolean[m];
    }
    java.util.Arrays.fill(used, 0, m, false);
    for (int i = 0; i < n; i++) {
      pairs[i] = -1;
      sims[i] = 0;
      for (int j = 0; j < m; j++) {
        matrix[i * m + j] = similarity(query[i], listed[j]);
      }
    }
  }

  private void greedy(int n, int m) {
    while (true) {
      double best = 0;
      int bi = -1;
      int bj = -1;
      for (int i = 0; i < n; i++) {
        if (pairs[i] >= 0) {
          continue;
        }
        for (int j = 0; j < m; j++) {
          double s = matrix[i * m + j];
          if (s > best && !used[j]) {
            best = s;
            bi = i;
            bj = j;
          }
        }
      }
      if (bi < 0) {
        return;
      }
      pairs[bi] = bj;
      sims[bi] = best;
      used[bj] = true;
    }
  }

  static double similarity(Token q, Token c) {
    Token.Kind qk = q.kind();
    Token.Kind ck = c.kind();
    if (qk == Token.Kind.INITIAL || ck == Token.Kind.INITIAL) {
      return initials(q, c);
    }
    if (q.key().equals(c.key())) {
      return 1.0;
    }
    return fuzzy(q.key(), c.key(), qk == Token.Kind.WEAK || ck == Token.Kind.WEAK);
  }

  /**
   * Jaro-Winkler between two different spellings, made stricter where it is too kind and kinder to
   * plain typos: the tokens must agree to 0.89 (0.93 under five letters) or differ by one edit (two
   * from eight letters on); a token two letters longer than a short one never pairs; the similarity
   * is lowered by half again its distance from 1.
   */
  static double fuzzy(String a, String b, boolean weak) {
    int shorter = Math.min(a.length(), b.length());
    int gap = Math.abs(a.length() - b.length());
    if (shorter < (weak ? SHORT_LENGTH : MIN_FUZZY_LENGTH)
        || gap > 2
        || (gap == 2 && shorter <= SHORT_LENGTH)) {
      return 0;
    }
    double jw = JaroWinkler.similarity(a, b);
    double floor = shorter < SHORT_LENGTH ? SHORT_TOKEN_FLOOR : TOKEN_FLOOR;
    if (jw < floor) {
      if (jw < TYPO_GATE || shorter < TYPO_LENGTH) {
        return 0;
      }
      int allowed = shorter >= LONG_TYPO_LENGTH ? 2 : 1;
      if (Edits.distance(a, b, allowed) > allowed) {
        return 0;
      }
      jw = Math.max(jw, TYPO_SIMILARITY);
    }
    return 1 - FUZZY_PENALTY * (1 - jw);
  }

  private static double initials(Token q, Token c) {
    if (q.kind() == Token.Kind.WEAK || c.kind() == Token.Kind.WEAK) {
      return 0;
    }
    if (q.kind() == c.kind()) {
      return q.raw().equals(c.raw()) ? 1.0 : 0;
    }
    Token full = q.kind() == Token.Kind.INITIAL ? c : q;
    Token initial = q.kind() == Token.Kind.INITIAL ? q : c;
    char letter = initial.raw().charAt(0);
    return full.raw().charAt(0) == letter || full.key().charAt(0) == letter
        ? INITIAL_SIMILARITY
        : 0;
  }
}
