package org.sovereign.supervision.screening;

import java.util.Optional;

/**
 * One query of the evaluation set: a variant of a listed name ({@code expected} is its list id) or
 * a name that is not listed ({@code expected} empty); {@code kind} says how it was made.
 */
public record LabeledQuery(NameQuery query, Optional<String> expected, String kind) {
  public boolean listed() {
    return expected.isPresent();
  }
}
