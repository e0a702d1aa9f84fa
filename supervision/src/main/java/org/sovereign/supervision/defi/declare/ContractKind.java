package org.sovereign.supervision.defi.declare;

import java.util.Locale;

/** What a declared contract is to the platform. */
public enum ContractKind {
  TOKEN,
  POOL,
  PROXY,
  ORACLE,
  TREASURY;

  /** Parses a kind in any case; the error lists the valid values. */
  public static ContractKind parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (ContractKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind '" + text + "' (token, pool, proxy, oracle, treasury)");
  }
}
