package org.sovereign.base;

/** A transaction id: the double SHA-256 of a transaction's non-witness serialization. */
public final class Txid extends Hash256 {
  private Txid(byte[] internal) {
    super(internal, "txid");
  }

  public static Txid fromInternalBytes(byte[] bytes) {
    return new Txid(bytes);
  }

  /** Parses the displayed (byte-reversed) hex form. */
  public static Txid parse(String displayHex) {
    return new Txid(parseDisplay(displayHex, "txid"));
  }
}
