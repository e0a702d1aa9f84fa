package org.sovereign.supervision.solvency;

/**
 * A customer's liability that cannot enter the tree: a bad customer id, the wrong number of
 * balances, a negative balance, or a balance that would take an asset's total past 2^63-1. The
 * rejected customer changes nothing; the builder stays usable.
 */
public final class InvalidLiabilityException extends IllegalArgumentException {
  private final long position;

  InvalidLiabilityException(long position, String problem) {
    super("customer at position " + position + ": " + problem);
    this.position = position;
  }

  InvalidLiabilityException(long position, String problem, Throwable cause) {
    super("customer at position " + position + ": " + problem, cause);
    this.position = position;
  }

  /** The leaf index the customer would have taken (customers added before it, counted from 0). */
  public long position() {
    return position;
  }
}
