package org.sovereign.chain.index;

import org.sovereign.base.OutPoint;
import org.sovereign.base.Sats;

/** A watched output as indexed, with its spend when it has one. */
public record IndexedOutput(
    OutPoint outPoint,
    int height,
    byte[] script,
    Sats value,
    boolean coinbase,
    OutPoint spentBy,
    Integer spentHeight) {

  public boolean unspent() {
    return spentBy == null;
  }
}
