package org.sovereign.supervision.aml.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * Runs a rule set over transfers in arrival order: every rule against the transfer and its
 * customer's recent activity, then each typology's weighted score. Not thread-safe on its own: the
 * monitor calls it under its lock.
 */
public final class RuleEngine {
  private final RuleSet rules;
  private final Windows windows;

  public RuleEngine(RuleSet rules) {
    this.rules = rules;
    this.windows = new Windows(Math.max(1, rules.horizonHours()));
  }

  public RuleSet rules() {
    return rules;
  }

  /** Evaluates {@code transfer} and then remembers it for the windows. */
  public Decision evaluate(Transfer transfer, Rule.Lookups lookups) {
    Decision decision = decide(transfer, lookups);
    windows.add(transfer);
    return decision;
  }

  /** Remembers a transfer already evaluated (replaying the durable log at start). */
  public void replay(Transfer transfer) {
    windows.add(transfer);
  }

  public int customersInWindows() {
    return windows.customers();
  }

  private Decision decide(Transfer transfer, Rule.Lookups lookups) {
    List<Rule.Activity> recent = windows.recent(transfer.customerKey());
    List<RuleHit> hits = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      Optional<RuleHit> hit = rule.evaluate(transfer, recent, lookups);
      hit.ifPresent(hits::add);
    }
    List<Decision.Scored> scored = new ArrayList<>();
    for (Typology typology : rules.typologies()) {
      int score = 0;
      List<RuleHit> contributing = new ArrayList<>();
      for (RuleHit hit : hits) {
        Integer weight = typology.weightPercent().get(hit.ruleId());
        if (weight != null) {
          score += hit.score() * weight / 100;
          contributing.add(hit);
        }
      }
      scored.add(
          new Decision.Scored(
              typology,
              score,
              contributing,
              !contributing.isEmpty() && score >= typology.alertAt()));
    }
    return new Decision(hits, scored);
  }
}
