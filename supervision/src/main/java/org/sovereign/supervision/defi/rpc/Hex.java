package org.sovereign.supervision.defi.rpc;

import java.util.Locale;

/** Small helpers for {@code 0x} hex text as nodes send it. */
public final class Hex {
  private Hex() {}

  /** The text in lower case, without copying when it already is (nodes send lower case). */
  public static String lower(String hex) {
    if (hex == null) {
      return null;
    }
    for (int i = 0; i < hex.length(); i++) {
      char c = hex.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        return hex.toLowerCase(Locale.ROOT);
      }
    }
    return hex;
  }
}
