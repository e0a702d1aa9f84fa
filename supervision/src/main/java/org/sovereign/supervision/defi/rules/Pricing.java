package org.sovereign.supervision.defi.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact integer arithmetic for values, prices and basis points (no floating point). */
final class Pricing {
  static final BigInteger BPS = BigInteger.valueOf(10_000);
  private static final BigInteger[] POWERS = new BigInteger[80];

  static {
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = BigInteger.TEN.pow(i);
    }
  }

  private Pricing() {}

  static BigInteger pow10(int exponent) {
    return POWERS[exponent];
  }

  /** {@code amount} of a token worth {@code reserveQuote / reserveToken} each, rounded down. */
  static BigInteger value(BigInteger amount, BigInteger reserveToken, BigInteger reserveQuote) {
    if (reserveToken.signum() <= 0) {
      return null;
    }
    return amount.multiply(reserveQuote).divide(reserveToken);
  }

  /** Whole units (a threshold) in a token's smallest units, rounded up. */
  static BigInteger units(BigDecimal whole, int decimals) {
    return whole.movePointRight(decimals).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
  }

  /** {@code part / whole} in basis points, rounded down ({@code whole} positive). */
  static BigInteger bps(BigInteger part, BigInteger whole) {
    return part.multiply(BPS).divide(whole);
  }

  /** Whether {@code part / whole >= bps / 10,000}, exactly. */
  static boolean atLeastBps(BigInteger part, BigInteger whole, int bps) {
    return whole.signum() > 0
        && part.multiply(BPS).compareTo(whole.multiply(BigInteger.valueOf(bps))) >= 0;
  }

  /** Smallest units as a decimal in whole units ({@code 1500000}, 6 → {@code 1.5}). */
  static String whole(BigInteger units, int decimals) {
    BigDecimal d = new BigDecimal(units, decimals).stripTrailingZeros();
    return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
  }

  /**
   * A pool's price of its base token in quote units (whole per whole) as a decimal with 18 places,
   * for display: {@code reserveQuote·10^baseDecimals / (reserveBase·10^quoteDecimals)}.
   */
  static BigDecimal price(
      BigInteger reserveBase, int baseDecimals, BigInteger reserveQuote, int quoteDecimals) {
    if (reserveBase.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(reserveQuote.multiply(pow10(baseDecimals)))
        .divide(new BigDecimal(reserveBase.multiply(pow10(quoteDecimals))), 18, RoundingMode.DOWN)
        .stripTrailingZeros();
  }
}
