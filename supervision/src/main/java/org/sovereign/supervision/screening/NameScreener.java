package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Screens names against every listed name and alias: normalised tokens, an index that leaves out
 * names sharing no token or sound with the query, Jaro-Winkler token alignment, then date of birth
 * and country as secondary evidence. Immutable and thread-safe; build once per {@link
 * SanctionsLists} (under a second for the full lists).
 */
public final class NameScreener {
  /** The default threshold, chosen on the evaluation set (docs/screening.md). */
  public static final double DEFAULT_THRESHOLD = 0.88;

  private static final int MAX_HITS = 25;

  private final NameIndex index;
  private final NameNormalizer normalizer;
  private final double threshold;

  private NameScreener(NameIndex index, NameNormalizer normalizer, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
    }
    this.index = index;
    this.normalizer = normalizer;
    this.threshold = threshold;
  }

  public static NameScreener of(SanctionsLists lists) {
    NameNormalizer normalizer = NameNormalizer.STANDARD;
    return new NameScreener(
        NameIndex.build(lists.parties(), normalizer), normalizer, DEFAULT_THRESHOLD);
  }

  /** The same index with another threshold (cheap). */
  public NameScreener withThreshold(double newThreshold) {
    return new NameScreener(index, normalizer, newThreshold);
  }

  public double threshold() {
    return threshold;
  }

  /** Listed parties scoring at least the threshold, best first (at most 25). */
  public List<NameHit> screen(NameQuery query) {
    boolean persons = query.type().map(PartyType::isPerson).orElse(true);
    boolean others = query.type().map(t -> !t.isPerson()).orElse(true);
    Prepared asPerson = persons ? prepare(query.name(), true) : null;
    Prepared asEntity = others ? prepare(query.name(), false) : null;
    Map<Integer, Best> best = bestPerParty(asPerson, asEntity);
    List<NameHit> hits = new ArrayList<>();
    for (Best b : best.values()) {
      ListedParty party = index.party(b.entry().party());
      Evidence evidence = Evidence.of(query, party);
      double score = Math.clamp(b.nameScore() + evidence.adjustment(), 0.0, 1.0);
      if (score >= threshold) {
        Prepared q = party.type().isPerson() ? asPerson : asEntity;
        q.matcher().align(b.entry().tokens(), b.entry().weights());
        String why = Explanation.of(q.matcher(), q.tokens(), b.entry(), evidence.notes());
        hits.add(new NameHit(party.listId(), b.entry().listed().text(), round(score), why));
      }
    }
    hits.sort(Comparator.comparingDouble(NameHit::score).reversed().thenComparing(NameHit::listId));
    return List.copyOf(hits.size() > MAX_HITS ? hits.subList(0, MAX_HITS) : hits);
  }

  /** A query's tokens as a person's or a party's name, and the matcher over them. */
  private record Prepared(Token[] tokens, NameMatcher matcher) {}

  private Prepared prepare(String name, boolean person) {
    Token[] tokens =
        normalizer.refine(normalizer.tokens(name, person), index::knows).toArray(Token[]::new);
    float[] weights = new float[tokens.length];
    boolean named = false;
    for (int i = 0; i < tokens.length; i++) {
      weights[i] = index.weight(tokens[i]);
      named |= tokens[i].kind() == Token.Kind.NAME;
    }
    return named ? new Prepared(tokens, new NameMatcher(tokens, weights, person)) : null;
  }

  private record Best(NameIndex.Entry entry, double nameScore) {}

  private Map<Integer, Best> bestPerParty(Prepared asPerson, Prepared asEntity) {
    BitSet candidates = new BitSet(index.size());
    mark(candidates, asPerson);
    mark(candidates, asEntity);
    double floor = threshold - Evidence.MAX_RISE;
    Map<Integer, Best> best = new HashMap<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      NameIndex.Entry entry = index.entry(i);
      Prepared q = index.party(entry.party()).type().isPerson() ? asPerson : asEntity;
      if (q == null) {
        continue;
      }
      double score = q.matcher().align(entry.tokens(), entry.weights());
      if (entry.listed().quality() == ListedName.Quality.WEAK_ALIAS) {
        score += Evidence.WEAK_ALIAS;
      }
      Best earlier = best.get(entry.party());
      if (score >= floor && (earlier == null || score > earlier.nameScore())) {
        best.put(entry.party(), new Best(entry, score));
      }
    }
    return best;
  }

  private void mark(BitSet candidates, Prepared query) {
    if (query == null) {
      return;
    }
    for (Token token : query.tokens()) {
      if (token.kind() == Token.Kind.NAME) {
        mark(candidates, index.byKey(token.key()));
        mark(candidates, index.bySkeleton(Spelling.skeleton(token.key())));
      }
    }
  }

  private static void mark(BitSet candidates, int[] postings) {
    if (postings != null) {
      for (int entry : postings) {
        candidates.set(entry);
      }
    }
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
