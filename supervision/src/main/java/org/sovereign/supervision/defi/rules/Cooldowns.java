package org.sovereign.supervision.defi.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * When each windowed rule last alerted per contract (block time), so a condition that persists
 * alerts once per cool-down rather than on every transaction.
 */
final class Cooldowns {
  private final Map<String, NavigableSet<Instant>> raised = new HashMap<>();

  void raised(String ruleId, String contract, Instant at) {
    raised.computeIfAbsent(ruleId + contract, k -> new TreeSet<>()).add(at);
  }

  /** Whether the rule alerted on the contract within {@code cooldown} up to {@code now}. */
  boolean cooling(String ruleId, String contract, Instant now, Duration cooldown) {
    NavigableSet<Instant> times = raised.get(ruleId + contract);
    if (times == null) {
      return false;
    }
    Instant last = times.floor(now);
    return last != null && last.isAfter(now.minus(cooldown));
  }
}
