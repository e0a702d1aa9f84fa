package org.sovereign.power.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.power.forecast.SyntheticForecast;

/**
 * A seeded synthetic planning problem (same seed, same problem), for the CLI, benchmarks and tests:
 * one grid node per ten sites (1 to 5), a year starting at local midnight on 1 January 2026
 * (Pakistan time), every fifth site an AI data center on a firm contract, every seventh a mixed
 * interruptible site, the rest Bitcoin miners valued by {@link MiningValue} at $38 per PH/s per
 * day. Slow miners (two in five) pick load up at 0.1–0.5 MW/min, so their ramps bind.
 */
public final class SyntheticInstance {
  /** The instances' first hour: 2026-01-01 00:00 in Pakistan (UTC+5). */
  public static final Instant START = Instant.parse("2025-12-31T19:00:00Z");

  private static final Money HASHPRICE = Money.ofMinor(Currency.USD, 3800);

  private SyntheticInstance() {}

  /** A problem of {@code sites} sites over {@code hours} hours, constant firm levels. */
  public static PlanningProblem generate(long seed, int sites, int hours) {
    if (sites < 1 || hours < 1) {
      throw new IllegalArgumentException("need at least one site and one hour");
    }
    SplittableRandom random = new SplittableRandom(seed);
    int nodeCount = Math.clamp((sites + 3) / 4, 1, 5);
    List<String> nodeIds = IntStream.range(0, nodeCount).mapToObj(n -> "N" + (n + 1)).toList();
    var forecast = SyntheticForecast.generate(random.nextLong(), nodeIds, START, hours);
    List<Site> all = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      int node = i % 5 == 0 ? (i / 5) % nodeCount : i % nodeCount;
      all.add(site(random.split(), i, nodeIds.get(node)));
    }
    List<GridNode> nodes = new ArrayList<>();
    for (String id : nodeIds) {
      long contracted =
          all.stream()
              .filter(s -> s.nodeId().equals(id))
              .mapToLong(s -> s.contracted().kilowatts())
              .sum();
      nodes.add(new GridNode(id, Power.ofKilowatts(Math.max(1000, contracted * 8 / 10))));
    }
    Economics economics =
        new Economics(Money.ofMinor(Currency.USD, 17_000), Money.ofMinor(Currency.USD, 4_500));
    return new PlanningProblem(nodes, all, forecast, economics, FirmLevels.CONSTANT);
  }

  private static Site site(SplittableRandom random, int i, String node) {
    String id = String.format("S%02d", i + 1);
    if (i % 5 == 0) {
      Power contracted = Power.ofMegawatts(20 + random.nextInt(41));
      Money value = Money.ofMinor(Currency.USD, 10_500 + random.nextInt(3_501));
      Power ramp = Power.ofKilowatts(500 + random.nextInt(1501));
      return Site.firm(id, SiteKind.AI, node, contracted, value, ramp);
    }
    Power contracted = Power.ofMegawatts(10 + random.nextInt(41));
    boolean slow = random.nextInt(5) < 2;
    Power ramp = Power.ofKilowatts(slow ? 100 + random.nextInt(401) : 5000 + random.nextInt(15001));
    int hoursPerDay = 8 + random.nextInt(13);
    long weekMwh = contracted.kilowatts() / 1000 * (60 + random.nextInt(51));
    CurtailmentBudget budget = CurtailmentBudget.of(hoursPerDay, weekMwh);
    if (i % 7 == 3) {
      Money value = Money.ofMinor(Currency.USD, 9_500 + random.nextInt(2_001));
      return Site.interruptible(id, SiteKind.MIXED, node, contracted, value, ramp, budget);
    }
    BigDecimal efficiency = BigDecimal.valueOf(150 + random.nextInt(171), 1);
    Money value = MiningValue.perMwh(efficiency, HASHPRICE);
    return Site.interruptible(id, SiteKind.MINING, node, contracted, value, ramp, budget);
  }
}
