package org.sovereign.power.dispatch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The merit order of a fleet: interruptible sites only, lowest value per MWh first (then the
 * largest load, then the id, so the order is total), presorted per node and for the whole system. A
 * decision walks the presorted array until the request is met: no sorting on the hot path.
 */
public final class MeritOrder {
  private static final Comparator<DispatchSite> ORDER =
      Comparator.comparingLong(DispatchSite::valueCentsPerMwh)
          .thenComparing(Comparator.comparingInt(DispatchSite::loadKw).reversed())
          .thenComparingInt(DispatchSite::id);

  private final DispatchSite[] system;
  private final DispatchSite[][] byNode;

  public MeritOrder(List<DispatchSite> sites, int nodes) {
    this.system =
        sites.stream()
            .filter(DispatchSite::interruptible)
            .sorted(ORDER)
            .toArray(DispatchSite[]::new);
    List<List<DispatchSite>> perNode = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      perNode.add(new ArrayList<>());
    }
    for (DispatchSite s : system) {
      if (s.node() < 0 || s.node() >= nodes) {
        throw new IllegalArgumentException("site " + s.id() + " is at unknown node " + s.node());
      }
      perNode.get(s.node()).add(s);
    }
    this.byNode =
        perNode.stream().map(l -> l.toArray(DispatchSite[]::new)).toArray(DispatchSite[][]::new);
  }

  /**
   * Node requests first (each from its own node's sites), then system-wide requests from what is
   * left, each in merit order.
   */
  public List<Decision> decide(List<CurtailmentRequest> requests) {
    int[] used = new int[maxId() + 1];
    List<Decision> decisions = new ArrayList<>();
    requests.stream()
        .filter(r -> r.node() >= 0)
        .forEach(r -> decisions.add(walk(r, byNode[r.node()], used)));
    requests.stream().filter(r -> r.node() < 0).forEach(r -> decisions.add(walk(r, system, used)));
    return decisions;
  }

  /** One request on its own. */
  public Decision decide(CurtailmentRequest request) {
    DispatchSite[] order = request.node() >= 0 ? byNode[request.node()] : system;
    return walk(request, order, null);
  }

  private static Decision walk(CurtailmentRequest r, DispatchSite[] order, int[] used) {
    List<Instruction> out = new ArrayList<>();
    int left = r.kw();
    for (int i = 0; i < order.length && left > 0; i++) {
      DispatchSite s = order[i];
      int available = s.sheddableKw(r.seconds()) - (used == null ? 0 : used[s.id()]);
      if (available <= 0) {
        continue;
      }
      int take = Math.min(available, left);
      out.add(new Instruction(s.id(), take, r.seconds()));
      if (used != null) {
        used[s.id()] += take;
      }
      left -= take;
    }
    return new Decision(r.id(), out, left);
  }

  private int maxId() {
    return Arrays.stream(system).mapToInt(DispatchSite::id).max().orElse(0);
  }

  public int sites() {
    return system.length;
  }
}
