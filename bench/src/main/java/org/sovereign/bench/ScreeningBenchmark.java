package org.sovereign.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.app.bench.ScreeningBench;
import org.sovereign.supervision.screening.AddressScreener;
import org.sovereign.supervision.screening.JaroWinkler;
import org.sovereign.supervision.screening.ListedAddress;
import org.sovereign.supervision.screening.NameHit;
import org.sovereign.supervision.screening.NameQuery;
import org.sovereign.supervision.screening.NameScreener;
import org.sovereign.supervision.screening.SanctionsLists;

/**
 * JMH version of {@code sovereign bench screening}: one name query (cycling through the 4,000
 * evaluation queries) and one address lookup (half listed) per operation, beside their anchors. Run
 * with {@code -p lists=<dir>} when the shared fixtures are not beside the checkout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ScreeningBenchmark {
  @Param({"../shared/fixtures/sanctions"})
  public String lists;

  private NameScreener names;
  private AddressScreener addresses;
  private List<NameQuery> queries;
  private List<String> lookups;
  private Map<String, ListedAddress> plainMap;
  private String[] tokens;
  private int nextQuery;
  private int nextLookup;

  @Setup
  public void setUp() {
    Path dir = Path.of(lists);
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../" + lists);
    }
    SanctionsLists loaded = SanctionsLists.load(dir);
    names = NameScreener.of(loaded);
    addresses = AddressScreener.of(loaded);
    queries = ScreeningBench.queries(loaded);
    lookups = ScreeningBench.lookups(loaded);
    plainMap = new HashMap<>();
    loaded.addresses().forEach(a -> plainMap.put(a.address(), a));
    tokens = queries.stream().map(q -> q.name().split("\\s+")[0]).toArray(String[]::new);
  }

  @Benchmark
  public List<NameHit> nameQuery() {
    nextQuery = nextQuery + 1 == queries.size() ? 0 : nextQuery + 1;
    return names.screen(queries.get(nextQuery));
  }

  @Benchmark
  public double anchorJaroWinkler() {
    nextQuery = nextQuery + 1 == queries.size() ? 0 : nextQuery + 1;
    return JaroWinkler.similarity(tokens[nextQuery], tokens[nextQuery == 0 ? 1 : nextQuery - 1]);
  }

  @Benchmark
  public List<ListedAddress> addressLookup() {
    nextLookup = nextLookup + 1 == lookups.size() ? 0 : nextLookup + 1;
    return addresses.screen(lookups.get(nextLookup));
  }

  @Benchmark
  public ListedAddress anchorHashMapGet() {
    nextLookup = nextLookup + 1 == lookups.size() ? 0 : nextLookup + 1;
    return plainMap.get(lookups.get(nextLookup));
  }
}
