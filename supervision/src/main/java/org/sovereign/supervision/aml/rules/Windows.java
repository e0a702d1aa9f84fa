package org.sovereign.supervision.aml.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * Each customer's recent transfers, as far back as the longest rule window: kept in memory and
 * rebuilt from the stored transfers at start (the transfers table is the durable log).
 */
final class Windows {
  private final long horizonSeconds;
  private final Map<String, ArrayDeque<Rule.Activity>> byCustomer = new HashMap<>();
  private long latest = Long.MIN_VALUE;

  Windows(int horizonHours) {
    this.horizonSeconds = horizonHours * 3600L;
  }

  List<Rule.Activity> recent(String customer) {
    ArrayDeque<Rule.Activity> deque = byCustomer.get(customer);
    return deque == null ? List.of() : new ArrayList<>(deque);
  }

  void add(Transfer t) {
    long at = t.time().getEpochSecond();
    latest = Math.max(latest, at);
    ArrayDeque<Rule.Activity> deque =
        byCustomer.computeIfAbsent(t.customerKey(), k -> new ArrayDeque<>());
    deque.addLast(new Rule.Activity(at, t.valueUsdCents(), t.direction()));
    long cutoff = latest - horizonSeconds;
    while (!deque.isEmpty() && deque.peekFirst().epochSecond() <= cutoff) {
      deque.pollFirst();
    }
  }

  int customers() {
    return byCustomer.size();
  }
}
