package org.sovereign.supervision.aml.rules;

import java.util.List;

/** What the rules found for one transfer: every rule that fired, and each typology's score. */
public record Decision(List<RuleHit> hits, List<Scored> typologies) {
  public Decision {
    hits = List.copyOf(hits);
    typologies = List.copyOf(typologies);
  }

  /** A typology's score on this transfer, the rule hits that made it, and whether it alerts. */
  public record Scored(Typology typology, int score, List<RuleHit> hits, boolean alert) {
    public Scored {
      hits = List.copyOf(hits);
    }
  }

  public List<Scored> alerts() {
    return typologies.stream().filter(Scored::alert).toList();
  }
}
