package org.sovereign.supervision.defi.testchain;

import java.math.BigInteger;

/** Amounts of the scenario's 18-decimal tokens. */
final class Tokens {
  static final BigInteger ONE = BigInteger.TEN.pow(18);
  static final BigInteger UNLIMITED = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

  private Tokens() {}

  static BigInteger units(long whole) {
    return ONE.multiply(BigInteger.valueOf(whole));
  }

  /** {@code hundredths / 100} tokens. */
  static BigInteger cents(long hundredths) {
    return ONE.divide(BigInteger.valueOf(100)).multiply(BigInteger.valueOf(hundredths));
  }
}
