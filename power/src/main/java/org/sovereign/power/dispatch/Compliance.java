package org.sovereign.power.dispatch;

/**
 * Whether a site delivered its instruction: the drop from its baseline load to its metered load at
 * the deadline, against what it was instructed. Under {@link #THRESHOLD_PERCENT} is a breach.
 */
public record Compliance(int siteId, int instructedKw, int deliveredKw, boolean compliant) {
  public static final int THRESHOLD_PERCENT = 95;

  public static Compliance of(Instruction instruction, int baselineKw, int meteredKwAtDeadline) {
    int delivered = Math.max(0, baselineKw - meteredKwAtDeadline);
    boolean ok = (long) delivered * 100 >= (long) instruction.kw() * THRESHOLD_PERCENT;
    return new Compliance(instruction.siteId(), instruction.kw(), delivered, ok);
  }

  /** The kW the site fell short of its instruction (0 when it delivered all of it). */
  public int shortfallKw() {
    return Math.max(0, instructedKw - deliveredKw);
  }

  /**
   * The contract's non-performance charge: nothing when compliant, else every kW short of the
   * instruction at {@code paisaPerKw}.
   */
  public long penaltyPaisa(long paisaPerKw) {
    return compliant ? 0 : Math.multiplyExact((long) shortfallKw(), paisaPerKw);
  }
}
