package org.sovereign.power.planning;

import java.util.Objects;
import org.sovereign.base.Money;

/**
 * A consumer of program power: where it connects, how much it contracted, how it buys (firm or
 * interruptible), what one MWh delivered to it is worth, how fast it can pick load up, and (when
 * interruptible) how much the grid may curtail it. For mining the value usually comes from {@link
 * MiningValue#perMwh}; for AI data centers it is the firm price they pay.
 */
public record Site(
    String id,
    SiteKind kind,
    String nodeId,
    Power contracted,
    ContractClass contractClass,
    Money valuePerMwh,
    Power rampPerMinute,
    CurtailmentBudget budget) {

  public Site {
    Ids.check("site", id);
    Objects.requireNonNull(kind, "kind");
    Ids.check("grid node", nodeId);
    Objects.requireNonNull(contractClass, "contractClass");
    Objects.requireNonNull(valuePerMwh, "valuePerMwh");
    Objects.requireNonNull(budget, "budget");
    if (contracted == null || contracted.kilowatts() == 0) {
      throw new IllegalArgumentException("site " + id + ": contracted power must be positive");
    }
    if (valuePerMwh.signum() < 0) {
      throw new IllegalArgumentException("site " + id + ": value per MWh cannot be negative");
    }
    if (rampPerMinute == null || rampPerMinute.kilowatts() == 0) {
      throw new IllegalArgumentException("site " + id + ": ramp per minute must be positive");
    }
    if (contractClass == ContractClass.FIRM && !budget.equals(CurtailmentBudget.NONE)) {
      throw new IllegalArgumentException(
          "site " + id + ": a firm site is never curtailed, so it has no curtailment budget");
    }
  }

  /** A firm site: served at a planned constant level, backed up when the surplus falls short. */
  public static Site firm(
      String id, SiteKind kind, String nodeId, Power contracted, Money valuePerMwh, Power ramp) {
    return new Site(
        id,
        kind,
        nodeId,
        contracted,
        ContractClass.FIRM,
        valuePerMwh,
        ramp,
        CurtailmentBudget.NONE);
  }

  /** An interruptible site: takes the surplus left hour by hour, within its budget. */
  public static Site interruptible(
      String id,
      SiteKind kind,
      String nodeId,
      Power contracted,
      Money valuePerMwh,
      Power ramp,
      CurtailmentBudget budget) {
    return new Site(
        id, kind, nodeId, contracted, ContractClass.INTERRUPTIBLE, valuePerMwh, ramp, budget);
  }

  public boolean firm() {
    return contractClass == ContractClass.FIRM;
  }

  /** How much the site can increase its load from one hour to the next, in MW. */
  double rampPerHourMw() {
    return rampPerMinute.megawatts() * 60.0;
  }
}
