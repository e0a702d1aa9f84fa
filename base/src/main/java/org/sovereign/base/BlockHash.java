package org.sovereign.base;

/** A block hash: the double SHA-256 of the 80-byte header. */
public final class BlockHash extends Hash256 {
  private BlockHash(byte[] internal) {
    super(internal, "block hash");
  }

  public static BlockHash fromInternalBytes(byte[] bytes) {
    return new BlockHash(bytes);
  }

  /** Parses the displayed (byte-reversed) hex form. */
  public static BlockHash parse(String displayHex) {
    return new BlockHash(parseDisplay(displayHex, "block hash"));
  }
}
