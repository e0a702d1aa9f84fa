package org.sovereign.base;

import java.util.Arrays;

/**
 * A transaction id: the double SHA-256 of a transaction's non-witness serialization. Stored in
 * internal byte order; shown reversed, as Bitcoin Core and block explorers display it.
 */
public final class Txid {
  private final byte[] internal;

  private Txid(byte[] internal) {
    this.internal = internal;
  }

  public static Txid fromInternalBytes(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("a txid has 32 bytes, not " + bytes.length);
    }
    return new Txid(bytes.clone());
  }

  /** Parses the displayed (byte-reversed) hex form. */
  public static Txid parse(String displayHex) {
    byte[] bytes = Hex.decode(displayHex);
    if (bytes.length != 32) {
      throw new IllegalArgumentException("a txid has 64 hex digits, not " + displayHex.length());
    }
    return new Txid(reversed(bytes));
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
    return o instanceof Txid other && Arrays.equals(internal, other.internal);
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
