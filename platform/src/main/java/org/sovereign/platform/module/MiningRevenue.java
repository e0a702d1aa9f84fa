package org.sovereign.platform.module;

import java.time.LocalDate;

/**
 * What the power pillar may ask the reserve: the bitcoin a (state-owned) mining site paid into the
 * reserve, as the acquisitions ledger records it, so the energy report can state BTC mined per MWh.
 * Pillars meet only through interfaces like this one.
 */
public interface MiningRevenue {
  /** Satoshi of approved mining-revenue lots naming {@code site}, acquired in [from, to). */
  long satsFor(String site, LocalDate from, LocalDate to);

  MiningRevenue NONE = (site, from, to) -> 0;
}
