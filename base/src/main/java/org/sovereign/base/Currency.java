package org.sovereign.base;

/** Fiat currencies the platform accounts in, with the number of decimals of their minor unit. */
public enum Currency {
  PKR(2),
  USD(2);

  private final int minorDigits;

  Currency(int minorDigits) {
    this.minorDigits = minorDigits;
  }

  public int minorDigits() {
    return minorDigits;
  }

  /** Parses an ISO 4217 code; throws naming the code when it is not one we account in. */
  public static Currency parse(String code) {
    for (Currency currency : values()) {
      if (currency.name().equalsIgnoreCase(code.strip())) {
        return currency;
      }
    }
    throw new IllegalArgumentException("unsupported currency '" + code + "' (expected PKR or USD)");
  }
}
