package org.sovereign.base;

import java.util.Objects;

/** A reference to one output of a transaction. */
public record OutPoint(Txid txid, int index) {
  public OutPoint {
    Objects.requireNonNull(txid, "txid");
    if (index < 0) {
      throw new IllegalArgumentException("output index must not be negative: " + index);
    }
  }

  @Override
  public String toString() {
    return txid + ":" + index;
  }
}
