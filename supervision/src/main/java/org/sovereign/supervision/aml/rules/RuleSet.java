package org.sovereign.supervision.aml.rules;

import java.util.List;

/** A version of the rules and typologies; {@code version} is the SHA-256 of its file. */
public record RuleSet(String version, List<Rule> rules, List<Typology> typologies) {
  public RuleSet {
    rules = List.copyOf(rules);
    typologies = List.copyOf(typologies);
  }

  /** The longest window any rule needs, in hours. */
  public int horizonHours() {
    return rules.stream().mapToInt(Rule::windowHours).max().orElse(0);
  }
}
