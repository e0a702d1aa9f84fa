package org.sovereign.base;

import java.util.HexFormat;

/** Lower-case hexadecimal encoding with errors that say where the input went wrong. */
public final class Hex {
  private static final HexFormat FORMAT = HexFormat.of();

  private Hex() {}

  public static String encode(byte[] bytes) {
    return FORMAT.formatHex(bytes);
  }

  public static byte[] decode(String hex) {
    if ((hex.length() & 1) != 0) {
      throw new IllegalArgumentException("hex string has an odd length " + hex.length());
    }
    for (int i = 0; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(
            "not a hex digit '" + hex.charAt(i) + "' at position " + i);
      }
    }
    return FORMAT.parseHex(hex);
  }
}
