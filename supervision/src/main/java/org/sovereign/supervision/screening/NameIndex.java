package org.sovereign.supervision.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every listed name, normalised once, with token weights (rarer tokens weigh more) and blocking
 * postings: a query is only compared with names sharing a canonical token or a sound skeleton.
 */
final class NameIndex {
  static final float WEAK_WEIGHT = 0.1f;
  private static final float MIN_WEIGHT = 0.1f;

  /** One searchable name: its party, the listed text it came from and its tokens. */
  record Entry(int party, ListedName listed, Token[] tokens, float[] weights) {}

  private record Pending(int party, ListedName listed, Token[] tokens) {}

  private final List<ListedParty> parties;
  private final Entry[] entries;
  private final Map<String, int[]> byKey;
  private final Map<String, int[]> bySkeleton;
  private final Map<String, Float> weights;
  private final float unknownWeight;

  private NameIndex(
      List<ListedParty> parties,
      Entry[] entries,
      Map<String, int[]> byKey,
      Map<String, int[]> bySkeleton,
      Map<String, Float> weights) {
    this.parties = parties;
    this.entries = entries;
    this.byKey = byKey;
    this.bySkeleton = bySkeleton;
    this.weights = weights;
    this.unknownWeight = 1.0f;
  }

  static NameIndex build(List<ListedParty> parties, NameNormalizer normalizer) {
    List<Pending> raw = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (int p = 0; p < parties.size(); p++) {
      ListedParty party = parties.get(p);
      Set<String> seen = new HashSet<>();
      for (ListedName name : party.names()) {
        for (String part : NameNormalizer.parts(name.text())) {
          List<Token> tokens = normalizer.tokens(part, party.type().isPerson());
          if (tokens.stream().noneMatch(t -> t.kind() == Token.Kind.NAME)) {
            continue;
          }
          String signature = tokens.stream().map(Token::key).sorted().toList().toString();
          if (!seen.add(signature)) {
            continue;
          }
          raw.add(new Pending(p, name, tokens.toArray(Token[]::new)));
          tokens.stream()
              .filter(t -> t.kind() == Token.Kind.NAME)
              .map(Token::key)
              .distinct()
              .forEach(k -> df.merge(k, 1, Integer::sum));
        }
      }
    }
    Map<String, Float> weights = weights(df, raw.size());
    Entry[] entries = new Entry[raw.size()];
    Map<String, List<Integer>> byKey = new HashMap<>();
    Map<String, List<Integer>> bySkeleton = new HashMap<>();
    for (int i = 0; i < entries.length; i++) {
      Token[] tokens = raw.get(i).tokens();
      float[] w = new float[tokens.length];
      for (int t = 0; t < tokens.length; t++) {
        w[t] = weight(tokens[t], weights, 1.0f);
        if (tokens[t].kind() == Token.Kind.NAME) {
          post(byKey, tokens[t].key(), i);
          post(bySkeleton, Spelling.skeleton(tokens[t].key()), i);
        }
      }
      entries[i] = new Entry(raw.get(i).party(), raw.get(i).listed(), tokens, w);
    }
    return new NameIndex(
        List.copyOf(parties), entries, compact(byKey), compact(bySkeleton), weights);
  }

  private static Map<String, Float> weights(Map<String, Integer> df, int names) {
    double max = Math.log(names);
    Map<String, Float> weights = new HashMap<>();
    df.forEach(
        (key, count) ->
            weights.put(key, (float) Math.max(MIN_WEIGHT, Math.log((double) names / count) / max)));
    return weights;
  }

  private static float weight(Token token, Map<String, Float> weights, float unknown) {
    return switch (token.kind()) {
      case WEAK -> WEAK_WEIGHT;
      case INITIAL -> MIN_WEIGHT;
      case NAME -> weights.getOrDefault(token.key(), unknown);
    };
  }

  private static void post(Map<String, List<Integer>> postings, String key, int entry) {
    List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.getLast() != entry) {
      list.add(entry);
    }
  }

  private static Map<String, int[]> compact(Map<String, List<Integer>> postings) {
    Map<String, int[]> out = new HashMap<>(postings.size() * 2);
    postings.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /** A query token's weight: its listed rarity, full weight when no listed name has it. */
  float weight(Token token) {
    return weight(token, weights, unknownWeight);
  }

  /** Whether any listed name has a token with this canonical key. */
  boolean knows(String key) {
    return weights.containsKey(key);
  }

  int[] byKey(String key) {
    return byKey.get(key);
  }

  int[] bySkeleton(String skeleton) {
    return bySkeleton.get(skeleton);
  }

  int size() {
    return entries.length;
  }

  Entry entry(int i) {
    return entries[i];
  }

  ListedParty party(int i) {
    return parties.get(i);
  }

  int parties() {
    return parties.size();
  }
}
