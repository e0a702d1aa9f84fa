package org.sovereign.power.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Merit-order dispatch on generated fleets and events: only interruptible sites, cheapest first,
 * within ramps, headroom and budgets, node requests before system ones; and compliance from meter
 * readings flags exactly the sites that delivered under 95%.
 */
class DispatchTest {
  static List<DispatchSite> fleet(Random random, int sites, int nodes) {
    List<DispatchSite> fleet = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      int load = 1_000 + random.nextInt(60_000);
      fleet.add(
          new DispatchSite(
              i,
              random.nextInt(nodes),
              random.nextInt(10) < 7,
              4_000 + random.nextInt(12_000),
              load,
              random.nextInt(5) == 0 ? load / 4 : 0,
              50 + random.nextInt(2_000),
              random.nextInt(20) == 0 ? 0 : 1_000_000));
    }
    return fleet;
  }

  @Test
  void thousandEvents_shouldFollowTheMeritOrderWithinEveryLimit() {
    Random random = new Random(20261129);
    List<DispatchSite> fleet = fleet(random, 1_000, 5);
    Map<Integer, DispatchSite> byId = new HashMap<>();
    fleet.forEach(s -> byId.put(s.id(), s));
    MeritOrder order = new MeritOrder(fleet, 5);
    int shortfalls = 0;
    for (int event = 0; event < 1_000; event++) {
      int node = random.nextInt(3) == 0 ? -1 : random.nextInt(5);
      CurtailmentRequest request =
          new CurtailmentRequest(
              "e" + event,
              node,
              random.nextInt(5) == 0
                  ? 20_000_000 + random.nextInt(40_000_000)
                  : 1_000 + random.nextInt(400_000),
              5 + random.nextInt(300));
      Decision d = order.decide(request);
      assertThat(d.instructedKw() + d.shortfallKw()).isEqualTo(request.kw());
      Set<Integer> instructed = new HashSet<>();
      long highestValueUsed = Long.MIN_VALUE;
      for (Instruction i : d.instructions()) {
        DispatchSite s = byId.get(i.siteId());
        assertThat(s.interruptible()).isTrue();
        assertThat(node < 0 || s.node() == node).isTrue();
        assertThat(i.kw()).isPositive().isLessThanOrEqualTo(s.sheddableKw(request.seconds()));
        assertThat(s.valueCentsPerMwh()).isGreaterThanOrEqualTo(highestValueUsed);
        highestValueUsed = s.valueCentsPerMwh();
        instructed.add(s.id());
      }
      for (DispatchSite s : fleet) {
        boolean inScope = s.interruptible() && (node < 0 || s.node() == node);
        boolean unused =
            inScope && !instructed.contains(s.id()) && s.sheddableKw(request.seconds()) > 0;
        if (unused) {
          assertThat(s.valueCentsPerMwh() >= highestValueUsed || d.shortfallKw() == 0)
              .as("a cheaper site was passed over in event " + event)
              .isTrue();
          assertThat(d.shortfallKw())
              .as("capacity left unused while short, event " + event)
              .isZero();
        }
      }
      shortfalls += d.shortfallKw() > 0 ? 1 : 0;
    }
    assertThat(shortfalls)
        .as("the generator also produces requests larger than the fleet")
        .isPositive();
  }

  @Test
  void nodeRequests_shouldBeServedFromTheirNodeBeforeSystemRequestsTakeTheRest() {
    List<DispatchSite> fleet =
        List.of(
            new DispatchSite(1, 0, true, 5_000, 10_000, 0, 10_000, 1_000_000),
            new DispatchSite(2, 1, true, 4_000, 10_000, 0, 10_000, 1_000_000),
            new DispatchSite(3, 0, false, 1_000, 50_000, 0, 10_000, 1_000_000));
    MeritOrder order = new MeritOrder(fleet, 2);
    List<Decision> decisions =
        order.decide(
            List.of(
                new CurtailmentRequest("system", -1, 15_000, 60),
                new CurtailmentRequest("node0", 0, 8_000, 60)));
    Decision node = decisions.get(0);
    Decision system = decisions.get(1);
    assertThat(node.requestId()).isEqualTo("node0");
    assertThat(node.instructions()).containsExactly(new Instruction(1, 8_000, 60));
    assertThat(system.instructions())
        .containsExactly(new Instruction(2, 10_000, 60), new Instruction(1, 2_000, 60));
    assertThat(system.shortfallKw()).isEqualTo(3_000);
  }

  @Test
  void responseTier_shouldCountOnlyWhatASiteShedsAfterItsDelayAndBeforeTheDeadline() {
    List<DispatchSite> fleet =
        List.of(
            new DispatchSite(1, 0, true, 1_000, 50_000, 0, 100, 1_000_000, 300),
            new DispatchSite(2, 0, true, 2_000, 50_000, 0, 100, 1_000_000, 30),
            new DispatchSite(3, 0, true, 3_000, 50_000, 0, 100, 1_000_000, 2));
    MeritOrder order = new MeritOrder(fleet, 1);

    Decision fast = order.decide(new CurtailmentRequest("r60", -1, 20_000, 60));
    Decision slow = order.decide(new CurtailmentRequest("r600", -1, 20_000, 600));

    assertThat(fast.instructions())
        .as("the cheapest site is slow: in 60 s only the standard (3 MW) and fast (5.8 MW) ones")
        .containsExactly(new Instruction(2, 3_000, 60), new Instruction(3, 5_800, 60));
    assertThat(fast.shortfallKw()).isEqualTo(11_200);
    assertThat(slow.instructions()).containsExactly(new Instruction(1, 20_000, 600));
  }

  @Test
  void compliance_shouldFlagExactlyTheSitesUnderNinetyFivePercentOverAThousandEvents() {
    Random random = new Random(7);
    List<DispatchSite> fleet = fleet(random, 2_000, 4);
    MeritOrder order = new MeritOrder(fleet, 4);
    Map<Integer, DispatchSite> byId = new HashMap<>();
    fleet.forEach(s -> byId.put(s.id(), s));
    int flagged = 0;
    int checked = 0;
    for (int event = 0; event < 1_000; event++) {
      Decision d =
          order.decide(
              new CurtailmentRequest("c" + event, -1, 50_000 + random.nextInt(200_000), 120));
      for (Instruction i : d.instructions()) {
        DispatchSite s = byId.get(i.siteId());
        boolean willComply = random.nextInt(10) != 0;
        int delivered =
            willComply
                ? (int) Math.ceil(i.kw() * (0.95 + random.nextDouble() * 0.1))
                : (int) (i.kw() * random.nextDouble() * 0.94);
        Compliance c = Compliance.of(i, s.loadKw(), s.loadKw() - delivered);
        assertThat(c.compliant()).as("event " + event + " site " + s.id()).isEqualTo(willComply);
        flagged += c.compliant() ? 0 : 1;
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1_000);
    assertThat(flagged).isPositive();
    Instruction edge = new Instruction(1, 10_000, 60);
    assertThat(Compliance.of(edge, 50_000, 40_500).compliant()).isTrue();
    assertThat(Compliance.of(edge, 50_000, 40_501).compliant()).isFalse();
  }
}
