package org.sovereign.base;

import java.util.Arrays;

/**
 * A 32-byte double-SHA-256 identifier (txid, block hash) kept in internal byte order and shown
 * byte-reversed, as Bitcoin Core and block explorers display it.
 */
public abstract class Hash256 {
  private final byte[] internal;

  Hash256(byte[] internal, String what) {
    if (internal.length != 32) {
      throw new IllegalArgumentException("a " + what + " has 32 bytes, not " + internal.length);
    }
    this.internal = internal.clone();
  }

  static byte[] parseDisplay(String displayHex, String what) {
    byte[] bytes = Hex.decode(displayHex);
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "a " + what + " has 64 hex digits, not " + displayHex.length());
    }
    return reversed(bytes);
  }

  public byte[] internalBytes() {
    return internal.clone();
  }

  /** The bytes in reverse order: internal order to display order and back. */
  public static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && Arrays.equals(internal, ((Hash256) o).internal);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(internal);
  }

  @Override
  public String toString() {
    return Hex.encode(reversed(internal));
  }
}
