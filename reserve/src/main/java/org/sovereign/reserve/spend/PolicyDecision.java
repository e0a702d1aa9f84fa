package org.sovereign.reserve.spend;

/** The policy engine's verdict: allowed, or refused by a named rule with the facts. */
public sealed interface PolicyDecision {
  /** Every rule is satisfied. */
  record Allowed() implements PolicyDecision {}

  /** Refused by {@code rule}. */
  record Refused(SpendRule rule, String message) implements PolicyDecision {}

  default boolean allowed() {
    return this instanceof Allowed;
  }
}
