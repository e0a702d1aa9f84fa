package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import org.sovereign.supervision.screening.AddressScreener;
import org.sovereign.supervision.screening.EvaluationSet;
import org.sovereign.supervision.screening.JaroWinkler;
import org.sovereign.supervision.screening.LabeledQuery;
import org.sovereign.supervision.screening.ListedAddress;
import org.sovereign.supervision.screening.NameQuery;
import org.sovereign.supervision.screening.NameScreener;
import org.sovereign.supervision.screening.SanctionsLists;

/**
 * The screening benchmark: name queries per second on one thread over the evaluation queries,
 * address lookups per second, and in the same run their anchors — Jaro-Winkler comparisons per
 * second and plain {@link HashMap} lookups per second over the same strings — beside yente's
 * published rate.
 */
public final class ScreeningBench {
  /** yente (OpenSanctions) publishes 4 to 30 name queries per second per vCPU. */
  public static final double YENTE_LOW = 4;

  public static final double YENTE_HIGH = 30;

  private final NameScreener names;
  private final AddressScreener addresses;
  private final List<NameQuery> queries;
  private final List<String> lookups;
  private final Map<String, ListedAddress> plainMap;
  private final List<String[]> tokenPairs;

  public ScreeningBench(SanctionsLists lists) {
    this.names = NameScreener.of(lists);
    this.addresses = AddressScreener.of(lists);
    this.queries = queries(lists);
    this.lookups = lookups(lists);
    this.plainMap = new HashMap<>();
    lists.addresses().forEach(a -> plainMap.put(a.address(), a));
    this.tokenPairs = tokenPairs(queries);
  }

  /** The 4,000 queries of the default evaluation set (half of them variants of listed names). */
  public static List<NameQuery> queries(SanctionsLists lists) {
    return EvaluationSet.generate(lists, EvaluationSet.DEFAULT_SEED, 2000, 2000).stream()
        .map(LabeledQuery::query)
        .toList();
  }

  /** Every listed address, and as many unlisted ones (a listed one with its last letter moved). */
  public static List<String> lookups(SanctionsLists lists) {
    List<String> all = new ArrayList<>();
    for (ListedAddress a : lists.addresses()) {
      // A copy, as an address read from input would be: equal, but not the key object itself.
      all.add(new String(a.address()));
      String s = a.address();
      all.add(s.substring(0, s.length() - 1) + (s.endsWith("z") ? "y" : "z"));
    }
    return all;
  }

  private static List<String[]> tokenPairs(List<NameQuery> queries) {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 1; i < queries.size(); i++) {
      String[] a = queries.get(i - 1).name().split("\\s+");
      String[] b = queries.get(i).name().split("\\s+");
      pairs.add(new String[] {a[0], b[b.length - 1]});
    }
    return pairs;
  }

  /** One measured figure, per second. */
  public record Figure(String name, double perSecond) {}

  public List<Figure> run(double seconds) {
    List<Figure> figures = new ArrayList<>();
    figures.add(
        best("name queries (NameScreener.screen)", queries.size(), this::nameQuery, seconds));
    figures.add(
        best(
            "anchor: Jaro-Winkler token comparisons",
            tokenPairs.size(),
            this::jaroWinkler,
            seconds));
    figures.add(
        best(
            "address lookups (AddressScreener.screen)",
            lookups.size(),
            this::addressLookup,
            seconds));
    figures.add(
        best("anchor: HashMap.get on the same strings", lookups.size(), this::hashMapGet, seconds));
    return figures;
  }

  public void print(PrintWriter out, List<Figure> figures) {
    out.printf(
        "%,d name queries (evaluation set), %,d address lookups (half listed); one thread%n",
        queries.size(), lookups.size());
    for (Figure f : figures) {
      out.printf("%-46s %,14.0f /s%n", f.name(), f.perSecond());
    }
    double perQuery = figures.get(1).perSecond() / figures.get(0).perSecond();
    out.printf("%-46s %,14.0f%n", "JW comparisons' time per name query", perQuery);
    out.printf(
        "%-46s %14.2f%n",
        "ratio address lookup / HashMap.get",
        figures.get(2).perSecond() / figures.get(3).perSecond());
    out.printf(
        "%-46s %,7.0f - %,4.0f /s%n",
        "reference: yente, published, per vCPU", YENTE_LOW, YENTE_HIGH);
    out.printf(
        "%-46s %14.0f x%n",
        "name queries / yente's upper figure", figures.get(0).perSecond() / YENTE_HIGH);
    out.flush();
  }

  private long nameQuery(int i) {
    return names.screen(queries.get(i)).size();
  }

  private long jaroWinkler(int i) {
    String[] pair = tokenPairs.get(i);
    return (long) (JaroWinkler.similarity(pair[0], pair[1]) * 1000);
  }

  private long addressLookup(int i) {
    return addresses.screen(lookups.get(i)).size();
  }

  private long hashMapGet(int i) {
    return plainMap.get(lookups.get(i)) == null ? 0 : 1;
  }

  private static Figure best(String name, int n, IntToLongFunction work, double seconds) {
    measure(work, n, Math.min(1.0, seconds / 2));
    double best = 0;
    for (int round = 0; round < 3; round++) {
      best = Math.max(best, measure(work, n, seconds / 3));
    }
    return new Figure(name, best);
  }

  private static double measure(IntToLongFunction work, int n, double seconds) {
    long sink = 0;
    long done = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    do {
      for (int i = 0; i < n; i++) {
        sink += work.applyAsLong(i);
      }
      done += n;
    } while (System.nanoTime() < end);
    double rate = done / ((System.nanoTime() - start) / 1e9);
    return sink == Long.MIN_VALUE ? -rate : rate;
  }
}
