package org.sovereign.base;

import java.util.Arrays;

/**
 * A block hash: the double SHA-256 of the 80-byte header. Stored in internal byte order; shown
 * reversed, as Bitcoin Core and block explorers display it.
 */
public final class BlockHash {
  private final byte[] internal;

  private BlockHash(byte[] internal) {
    this.internal = internal;
  }

  public static BlockHash fromInternalBytes(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("a block hash has 32 bytes, not " + bytes.length);
    }
    return new BlockHash(bytes.clone());
  }

  /** Parses the displayed (byte-reversed) hex form. */
  public static BlockHash parse(String displayHex) {
    byte[] bytes = Hex.decode(displayHex);
    if (bytes.length != 32) {
      throw new IllegalArgumentException(
          "a block hash has 64 hex digits, not " + displayHex.length());
    }
    return new BlockHash(reversed(bytes));
  }

  public byte[] internalBytes() {
    return internal.clone();
  }

  private static byte[] reversed(byte[] bytes) {
    byte[] out = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = bytes[bytes.length - 1 - i];
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockHash other && Arrays.equals(internal, other.internal);
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
