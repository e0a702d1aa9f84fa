package org.sovereign.power.planning;

import java.util.Objects;

/** A grid node the program's sites connect to, with the most it can import for them. */
public record GridNode(String id, Power importLimit) {
  public GridNode {
    Ids.check("grid node", id);
    Objects.requireNonNull(importLimit, "importLimit");
  }
}
