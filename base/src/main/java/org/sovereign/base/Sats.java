package org.sovereign.base;

import java.math.BigDecimal;

/**
 * An amount of bitcoin in satoshis, between zero and the 21 million BTC supply cap. Arithmetic is
 * exact: any result outside that range throws instead of wrapping or rounding.
 */
public final class Sats implements Comparable<Sats> {
  public static final long SATS_PER_BTC = 100_000_000L;
  public static final long MAX_MONEY = 21_000_000L * SATS_PER_BTC;
  public static final Sats ZERO = new Sats(0);

  private final long value;

  private Sats(long value) {
    this.value = value;
  }

  /** Returns the amount of {@code satoshis}; throws when it is negative or above the supply cap. */
  public static Sats of(long satoshis) {
    if (satoshis < 0 || satoshis > MAX_MONEY) {
      throw new IllegalArgumentException(
          "amount " + satoshis + " sat is outside 0.." + MAX_MONEY + " sat");
    }
    return satoshis == 0 ? ZERO : new Sats(satoshis);
  }

  /** Parses a BTC amount such as {@code "0.00100000"}; more than eight decimals is an error. */
  public static Sats parseBtc(String btc) {
    BigDecimal amount;
    try {
      amount = new BigDecimal(btc.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a BTC amount: '" + btc + "'", e);
    }
    if (amount.scale() > 8 && amount.stripTrailingZeros().scale() > 8) {
      throw new IllegalArgumentException("BTC amount has more than 8 decimals: '" + btc + "'");
    }
    BigDecimal satoshis = amount.movePointRight(8);
    if (satoshis.signum() < 0 || satoshis.compareTo(BigDecimal.valueOf(MAX_MONEY)) > 0) {
      throw new IllegalArgumentException("BTC amount is outside 0..21000000: '" + btc + "'");
    }
    return of(satoshis.longValueExact());
  }

  public long value() {
    return value;
  }

  public Sats plus(Sats other) {
    return of(Math.addExact(value, other.value));
  }

  public Sats minus(Sats other) {
    long result = value - other.value;
    if (result < 0) {
      throw new ArithmeticException(
          "cannot subtract " + other + " from " + this + ": the result would be negative");
    }
    return of(result);
  }

  public Sats times(long factor) {
    return of(Math.multiplyExact(value, factor));
  }

  public boolean isZero() {
    return value == 0;
  }

  /** The amount in BTC with exactly eight decimals, e.g. {@code 0.00100000}. */
  public String toBtcString() {
    return BigDecimal.valueOf(value, 8).toPlainString();
  }

  @Override
  public int compareTo(Sats other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sats other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return value + " sat";
  }
}
