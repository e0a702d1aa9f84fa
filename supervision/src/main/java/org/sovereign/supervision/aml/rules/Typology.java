package org.sovereign.supervision.aml.rules;

import java.util.Map;

/**
 * A typology combines rule scores: the sum of each fired rule's score times its weight (in
 * percent); at or above {@code alertAt} it raises an alert.
 */
public record Typology(String id, String name, Map<String, Integer> weightPercent, int alertAt) {
  public Typology {
    weightPercent = Map.copyOf(weightPercent);
  }
}
