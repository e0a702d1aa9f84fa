package org.sovereign.chain.psbt;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One key-value pair of a PSBT map, kept as raw bytes so that unknown keys round-trip exactly.
 * Immutable: the arrays are copied in and out. The source offset is informational and not part of
 * equality.
 */
public final class KeyValue {
  private final byte[] key;
  private final byte[] value;
  private final long keyType;
  private final int keyTypeLength;
  private final int offset;

  private KeyValue(byte[] key, byte[] value, long keyType, int keyTypeLength, int offset) {
    this.key = key;
    this.value = value;
    this.keyType = keyType;
    this.keyTypeLength = keyTypeLength;
    this.offset = offset;
  }

  /** A pair read from {@code offset} in a PSBT; the key type is the key's leading compact size. */
  static KeyValue read(byte[] key, byte[] value, int offset, String where)
      throws PsbtFormatException {
    ByteCursor cursor = new ByteCursor(key, "key type at offset " + offset);
    long type = cursor.readCompactSize();
    return new KeyValue(key, value, type, cursor.position(), offset);
  }

  /** A new pair with a single-byte key type (below 0xfd), key data and value. */
  public static KeyValue of(int keyType, byte[] keyData, byte[] value) {
    if (keyType < 0 || keyType >= 0xfd) {
      throw new IllegalArgumentException("key type must be a single byte below 0xfd: " + keyType);
    }
    byte[] key = new byte[keyData.length + 1];
    key[0] = (byte) keyType;
    System.arraycopy(keyData, 0, key, 1, keyData.length);
    return new KeyValue(key, value.clone(), keyType, 1, -1);
  }

  /** The key type (the compact size at the start of the key). */
  public long keyType() {
    return keyType;
  }

  /** The whole key, key type included. */
  public byte[] key() {
    return key.clone();
  }

  /** The key without its key type. */
  public byte[] keyData() {
    return Arrays.copyOfRange(key, keyTypeLength, key.length);
  }

  /** The length of the key data. */
  public int keyDataLength() {
    return key.length - keyTypeLength;
  }

  /** The value. */
  public byte[] value() {
    return value.clone();
  }

  /** The value's length. */
  public int valueLength() {
    return value.length;
  }

  /** Where the pair started in the parsed bytes, or -1 when built in memory. */
  public int offset() {
    return offset;
  }

  /** The key in hex, used to detect duplicates. */
  String keyHex() {
    return HexFormat.of().formatHex(key);
  }

  /** Writes {@code <keylen><key><valuelen><value>}. */
  void writeTo(PsbtBytes out) {
    out.writeVarBytes(key);
    out.writeVarBytes(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyValue other
        && Arrays.equals(key, other.key)
        && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(key) + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "key type "
        + PsbtMap.typeName(keyType)
        + " ("
        + key.length
        + "-byte key, "
        + value.length
        + "-byte value)";
  }
}
