package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * What left a holder within a time window (quote units): the sum over its transactions of each
 * one's net outflow (out minus in, when positive). A swap, whose inflow is worth at least its
 * outflow, adds nothing; a deposit does not offset a later withdrawal.
 */
final class FlowWindow {
  private record Flow(Instant time, BigInteger net) {}

  private final Duration window;
  private final ArrayDeque<Flow> flows = new ArrayDeque<>();
  private BigInteger total = BigInteger.ZERO;

  FlowWindow(Duration window) {
    this.window = window;
  }

  void add(Instant time, BigInteger outflow, BigInteger inflow) {
    BigInteger net = outflow.subtract(inflow);
    if (net.signum() > 0) {
      flows.addLast(new Flow(time, net));
      total = total.add(net);
    }
    prune(time);
  }

  /** The transactions' net outflows over the window ending at {@code now}. */
  BigInteger net(Instant now) {
    prune(now);
    return total;
  }

  private void prune(Instant now) {
    Instant opens = now.minus(window);
    while (!flows.isEmpty() && !flows.peekFirst().time().isAfter(opens)) {
      total = total.subtract(flows.pollFirst().net());
    }
  }
}
