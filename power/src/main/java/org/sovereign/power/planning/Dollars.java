package org.sovereign.power.planning;

import java.math.BigDecimal;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;

/** Money in and out of the LP, whose coefficients are major units per MWh as doubles. */
final class Dollars {
  private Dollars() {}

  static double of(Money money) {
    return BigDecimal.valueOf(money.minor(), money.currency().minorDigits()).doubleValue();
  }

  /** An LP value in major units, rounded half-up to the minor unit. */
  static Money round(Currency currency, double major) {
    double minor = major * Math.pow(10, currency.minorDigits());
    if (!Double.isFinite(minor) || Math.abs(minor) > 9.0e18) {
      throw new ArithmeticException("LP value " + major + " does not fit in money");
    }
    return Money.ofMinor(currency, Math.round(minor));
  }
}
