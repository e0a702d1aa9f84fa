package org.sovereign.reserve.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;

/** Converting satoshis and dollars at a price, rounded half-even to the minor unit. */
final class MarketValue {
  private MarketValue() {}

  /** The USD value of {@code sats} at {@code btcUsd} per BTC; null when there is no price. */
  static Money usd(long sats, BigDecimal btcUsd) {
    return btcUsd == null
        ? null
        : Money.ofMinor(Currency.USD, minor(BigDecimal.valueOf(sats, 8).multiply(btcUsd)));
  }

  /** The PKR value of {@code usd} at {@code usdPkr}; null when either is missing. */
  static Money pkr(Money usd, BigDecimal usdPkr) {
    return usd == null || usdPkr == null
        ? null
        : Money.ofMinor(Currency.PKR, minor(usd.toDecimal().multiply(usdPkr)));
  }

  private static long minor(BigDecimal amount) {
    return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }
}
