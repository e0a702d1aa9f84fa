package org.sovereign.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A fiat amount in minor units (paisa, cents) of one currency. Arithmetic is exact and refuses to
 * mix currencies; conversions round explicitly with a mode the caller names.
 */
public record Money(Currency currency, long minor) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money zero(Currency currency) {
    return new Money(currency, 0);
  }

  public static Money ofMinor(Currency currency, long minor) {
    return new Money(currency, minor);
  }

  /** Parses a decimal amount such as {@code "1234.56"}; too many decimals is an error. */
  public static Money parse(Currency currency, String amount) {
    BigDecimal value;
    try {
      value = new BigDecimal(amount.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a " + currency + " amount: '" + amount + "'", e);
    }
    if (value.stripTrailingZeros().scale() > currency.minorDigits()) {
      throw new IllegalArgumentException(
          currency
              + " amount has more than "
              + currency.minorDigits()
              + " decimals: '"
              + amount
              + "'");
    }
    try {
      return new Money(currency, value.movePointRight(currency.minorDigits()).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(currency + " amount is too large: '" + amount + "'", e);
    }
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.addExact(minor, other.minor));
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(currency, Math.subtractExact(minor, other.minor));
  }

  public Money negate() {
    return new Money(currency, Math.negateExact(minor));
  }

  /**
   * Multiplies by an exact decimal factor, rounding the result to minor units with {@code mode}.
   */
  public Money times(BigDecimal factor, RoundingMode mode) {
    BigDecimal result = BigDecimal.valueOf(minor).multiply(factor).setScale(0, mode);
    return new Money(currency, result.longValueExact());
  }

  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(minor, currency.minorDigits());
  }

  public int signum() {
    return Long.signum(minor);
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  private void requireSameCurrency(Money other) {
    if (other.currency != currency) {
      throw new IllegalArgumentException(
          "cannot combine " + currency + " with " + other.currency + " amounts");
    }
  }

  @Override
  public String toString() {
    return toDecimal().toPlainString() + " " + currency;
  }
}
