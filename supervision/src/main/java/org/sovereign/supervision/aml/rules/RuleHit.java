package org.sovereign.supervision.aml.rules;

import java.util.Map;

/** A rule that fired, its score, and the facts it fired on (shown on the alert). */
public record RuleHit(String ruleId, String description, int score, Map<String, String> facts) {
  public RuleHit {
    facts = Map.copyOf(facts);
  }
}
