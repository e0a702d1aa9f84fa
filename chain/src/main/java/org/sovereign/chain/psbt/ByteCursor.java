package org.sovereign.chain.psbt;

import java.util.Arrays;

/** A bounds-checked little-endian reader over a byte array; compact sizes must be canonical. */
final class ByteCursor {
  private final byte[] data;
  private final String where;
  private int pos;

  ByteCursor(byte[] data, String where) {
    this.data = data;
    this.where = where;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return data.length - pos;
  }

  boolean atEnd() {
    return pos == data.length;
  }

  int peek() throws PsbtFormatException {
    need(1);
    return data[pos] & 0xff;
  }

  int readByte() throws PsbtFormatException {
    need(1);
    return data[pos++] & 0xff;
  }

  byte[] readBytes(long n) throws PsbtFormatException {
    need(n);
    byte[] out = Arrays.copyOfRange(data, pos, pos + (int) n);
    pos += (int) n;
    return out;
  }

  long readUInt32() throws PsbtFormatException {
    need(4);
    long v = 0;
    for (int i = 3; i >= 0; i--) {
      v = (v << 8) | (data[pos + i] & 0xff);
    }
    pos += 4;
    return v;
  }

  long readInt64() throws PsbtFormatException {
    need(8);
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (data[pos + i] & 0xff);
    }
    pos += 8;
    return v;
  }

  /** A compact size (Bitcoin varint), rejected when not in its shortest encoding. */
  long readCompactSize() throws PsbtFormatException {
    int start = pos;
    int first = readByte();
    long value;
    long min;
    switch (first) {
      case 0xfd -> {
        need(2);
        value = (data[pos] & 0xff) | ((data[pos + 1] & 0xff) << 8);
        pos += 2;
        min = 0xfd;
      }
      case 0xfe -> {
        value = readUInt32();
        min = 0x10000;
      }
      case 0xff -> {
        value = readInt64();
        min = 0x100000000L;
      }
      default -> {
        return first;
      }
    }
    if (Long.compareUnsigned(value, min) < 0) {
      throw new PsbtFormatException(
          RejectReason.NON_CANONICAL_COMPACT_SIZE,
          where
              + ": compact size "
              + Long.toUnsignedString(value)
              + " not minimally encoded at offset "
              + start);
    }
    return value;
  }

  /** A compact size length followed by that many bytes. */
  byte[] readVarBytes() throws PsbtFormatException {
    return readBytes(readCompactSize());
  }

  private void need(long n) throws PsbtFormatException {
    if (n < 0 || n > data.length - pos) {
      throw new PsbtFormatException(
          RejectReason.TRUNCATED,
          where
              + ": needs "
              + Long.toUnsignedString(n)
              + " byte(s) at offset "
              + pos
              + " but only "
              + remaining()
              + " remain");
    }
  }
}
