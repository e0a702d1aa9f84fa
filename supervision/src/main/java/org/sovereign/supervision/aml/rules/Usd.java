package org.sovereign.supervision.aml.rules;

import java.math.BigDecimal;

/** US dollar amounts in cents (never floating point), as rule facts show them. */
final class Usd {
  private Usd() {}

  static String format(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  static long parse(String dollars, String field) {
    try {
      return new BigDecimal(dollars.strip()).movePointRight(2).longValueExact();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(field + ": '" + dollars + "' is not a USD amount");
    }
  }
}
