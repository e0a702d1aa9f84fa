package org.sovereign.power.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sovereign.base.Money;

/**
 * What one MWh is worth to a Bitcoin miner, from its fleet's efficiency and the hashprice.
 *
 * <p>A fleet of efficiency {@code e} J/TH turns 1 MW (10<sup>6</sup> J/s) into 10<sup>6</sup> / e
 * TH/s = 1,000 / e PH/s. At a hashprice of {@code p} per PH/s per day it earns 1,000 · p / e per
 * day, for 24 MWh consumed, so:
 *
 * <pre>value per MWh = 1,000 · p / (24 · e)</pre>
 *
 * At 17.5 J/TH and $38 per PH/s per day that is $90.48 per MWh. The result is rounded half-even to
 * the currency's minor unit.
 */
public final class MiningValue {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

  private MiningValue() {}

  /**
   * @param joulesPerTerahash the fleet's efficiency, positive (e.g. 17.5)
   * @param hashpricePerPetahashDay revenue of 1 PH/s over one day
   */
  public static Money perMwh(BigDecimal joulesPerTerahash, Money hashpricePerPetahashDay) {
    if (joulesPerTerahash.signum() <= 0) {
      throw new IllegalArgumentException(
          "efficiency must be positive J/TH, got " + joulesPerTerahash.toPlainString());
    }
    if (hashpricePerPetahashDay.signum() < 0) {
      throw new IllegalArgumentException("hashprice cannot be negative");
    }
    BigDecimal minor =
        BigDecimal.valueOf(hashpricePerPetahashDay.minor())
            .multiply(THOUSAND)
            .divide(HOURS_PER_DAY.multiply(joulesPerTerahash), 0, RoundingMode.HALF_EVEN);
    return Money.ofMinor(hashpricePerPetahashDay.currency(), minor.longValueExact());
  }
}
