package org.sovereign.power.planning;

import java.util.Objects;
import org.sovereign.base.Money;

/**
 * Prices that are not a site's: what one MWh of backup generation costs (bought only to keep firm
 * sites at their level when the surplus falls short), and what the grid pays an interruptible site
 * for each MWh curtailed beyond its budget.
 */
public record Economics(Money backupCostPerMwh, Money excessCurtailmentPenaltyPerMwh) {
  public Economics {
    Objects.requireNonNull(backupCostPerMwh, "backupCostPerMwh");
    Objects.requireNonNull(excessCurtailmentPenaltyPerMwh, "excessCurtailmentPenaltyPerMwh");
    if (backupCostPerMwh.signum() < 0 || excessCurtailmentPenaltyPerMwh.signum() < 0) {
      throw new IllegalArgumentException("backup cost and curtailment penalty cannot be negative");
    }
    if (backupCostPerMwh.currency() != excessCurtailmentPenaltyPerMwh.currency()) {
      throw new IllegalArgumentException(
          "backup cost and curtailment penalty must be in one currency");
    }
  }
}
