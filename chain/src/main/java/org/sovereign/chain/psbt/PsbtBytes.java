package org.sovereign.chain.psbt;

import java.io.ByteArrayOutputStream;

/** Writes compact sizes and raw bytes, as BIP-174 serialises maps. */
final class PsbtBytes {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  void write(byte[] bytes) {
    out.writeBytes(bytes);
  }

  void writeByte(int b) {
    out.write(b);
  }

  void writeCompactSize(long n) {
    if (n < 0xfd) {
      out.write((int) n);
    } else if (n <= 0xffff) {
      out.write(0xfd);
      writeLittleEndian(n, 2);
    } else if (n <= 0xffffffffL) {
      out.write(0xfe);
      writeLittleEndian(n, 4);
    } else {
      out.write(0xff);
      writeLittleEndian(n, 8);
    }
  }

  void writeVarBytes(byte[] bytes) {
    writeCompactSize(bytes.length);
    write(bytes);
  }

  private void writeLittleEndian(long n, int width) {
    for (int i = 0; i < width; i++) {
      out.write((int) (n >>> (8 * i)) & 0xff);
    }
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** A script push of {@code data} in its minimal form (OP_0 for empty data). */
  static byte[] push(byte[] data) {
    PsbtBytes b = new PsbtBytes();
    int n = data.length;
    if (n < 0x4c) {
      b.writeByte(n);
    } else if (n <= 0xff) {
      b.writeByte(0x4c);
      b.writeByte(n);
    } else if (n <= 0xffff) {
      b.writeByte(0x4d);
      b.writeLittleEndian(n, 2);
    } else {
      b.writeByte(0x4e);
      b.writeLittleEndian(n, 4);
    }
    b.write(data);
    return b.toByteArray();
  }
}
