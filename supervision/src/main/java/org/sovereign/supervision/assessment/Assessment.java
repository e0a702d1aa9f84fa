package org.sovereign.supervision.assessment;

import java.math.BigDecimal;
import org.sovereign.supervision.reporting.Snapshot;

/**
 * A snapshot's solvency: its BTC liabilities against the BTC its proven addresses held on chain at
 * the cut-off. {@code ratio} is reserves / liabilities (4 decimals, rounded down), null when it
 * cannot be computed; {@code status} says why.
 */
public record Assessment(
    Snapshot snapshot,
    long liabilitiesSat,
    Long reservesSat,
    Integer height,
    BigDecimal ratio,
    Status status) {

  /** The outcome of the check. */
  public enum Status {
    SOLVENT,
    UNDERCOVERED,
    NO_RESERVE_PROOF,
    NO_CHAIN_DATA,
    NO_BTC_LIABILITIES;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** The ratio as a percentage with two decimals, or null. */
  public BigDecimal percent() {
    return ratio == null ? null : ratio.movePointRight(2);
  }
}
