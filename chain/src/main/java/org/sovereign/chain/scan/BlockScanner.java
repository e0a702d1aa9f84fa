package org.sovereign.chain.scan;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Walks raw block bytes by offset, without parsing into objects: computes every txid (double
 * SHA-256 of the non-witness serialization, hashed straight from the block's bytes in up to three
 * pieces), optionally every wtxid, and checks each output script and each spent outpoint against
 * watch sets. One instance is reused block after block and allocates nothing per transaction; it is
 * not thread-safe (use one per thread).
 */
public final class BlockScanner {
  public static final int HEADER_SIZE = 80;

  private final WatchSet scripts;
  private final WatchSet outpoints;
  private final MessageDigest sha;
  private final byte[] hashBuffer = new byte[32];
  private final ScanResult result = new ScanResult();
  private byte[] block;
  private int end;

  public BlockScanner(WatchSet scripts, WatchSet outpoints) {
    this.scripts = scripts;
    this.outpoints = outpoints;
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** A scanner that only computes txids (nothing watched). */
  public static BlockScanner txidsOnly() {
    return new BlockScanner(new WatchSet(16), new WatchSet(16));
  }

  /**
   * Scans the block in {@code bytes[offset, offset + length)}. The returned result is this
   * scanner's own and is overwritten by the next scan.
   */
  public ScanResult scan(byte[] bytes, int offset, int length, boolean computeWtxids) {
    this.block = bytes;
    this.end = offset + length;
    result.reset(computeWtxids);
    int pos = offset + HEADER_SIZE;
    if (pos > end) {
      throw new MalformedBlockException("block shorter than its 80-byte header", offset);
    }
    long count = readVarInt(pos);
    pos += varIntSize(pos);
    if (count <= 0 || count > length / 60) {
      throw new MalformedBlockException(
          "implausible transaction count " + count, offset + HEADER_SIZE);
    }
    result.ensureTxCapacity((int) count);
    boolean watchScripts = !scripts.isEmpty();
    boolean watchSpends = !outpoints.isEmpty();
    for (int tx = 0; tx < count; tx++) {
      pos = transaction(tx, pos, computeWtxids, watchScripts, watchSpends);
    }
    result.txCount = (int) count;
    if (pos != end) {
      throw new MalformedBlockException((end - pos) + " bytes after the last transaction", pos);
    }
    return result;
  }

  public ScanResult scan(byte[] bytes) {
    return scan(bytes, 0, bytes.length, false);
  }

  private int transaction(
      int tx, int start, boolean wtxid, boolean watchScripts, boolean watchSpends) {
    require(start + 10, start, "transaction");
    int pos = start + 4;
    boolean segwit = block[pos] == 0 && block[pos + 1] == 1;
    if (segwit) {
      pos += 2;
      result.segwitTxCount++;
    }
    int bodyStart = pos;
    long inputs = readVarInt(pos);
    pos += varIntSize(pos);
    for (int in = 0; in < inputs; in++) {
      require(pos + 36, pos, "input outpoint");
      if (watchSpends && outpoints.contains(block, pos, 36)) {
        result.addSpendMatch(tx, in, pos);
      }
      pos += 36;
      long scriptLength = readVarInt(pos);
      pos += varIntSize(pos) + (int) scriptLength + 4;
    }
    long outputs = readVarInt(pos);
    pos += varIntSize(pos);
    for (int out = 0; out < outputs; out++) {
      require(pos + 9, pos, "output");
      long value = readLong(pos);
      result.totalOutputValue += value;
      pos += 8;
      long scriptLength = readVarInt(pos);
      pos += varIntSize(pos);
      require(pos + (int) scriptLength, pos, "output script");
      if (watchScripts && scripts.contains(block, pos, (int) scriptLength)) {
        result.addOutputMatch(tx, out, value, pos, (int) scriptLength);
      }
      pos += (int) scriptLength;
    }
    int bodyEnd = pos;
    if (segwit) {
      for (int in = 0; in < inputs; in++) {
        long items = readVarInt(pos);
        pos += varIntSize(pos);
        for (long item = 0; item < items; item++) {
          long itemLength = readVarInt(pos);
          pos += varIntSize(pos) + (int) itemLength;
        }
      }
    }
    require(pos + 4, pos, "lock time");
    int lockTime = pos;
    pos += 4;
    sha.update(block, start, 4);
    sha.update(block, bodyStart, bodyEnd - bodyStart);
    sha.update(block, lockTime, 4);
    doubleHash(result.txids, tx * 32);
    if (wtxid) {
      if (segwit) {
        sha.update(block, start, pos - start);
        doubleHash(result.wtxids, tx * 32);
      } else {
        System.arraycopy(result.txids, tx * 32, result.wtxids, tx * 32, 32);
      }
    }
    return pos;
  }

  private void doubleHash(byte[] out, int outOffset) {
    try {
      sha.digest(hashBuffer, 0, 32);
      sha.update(hashBuffer, 0, 32);
      sha.digest(out, outOffset, 32);
    } catch (DigestException e) {
      throw new IllegalStateException(e);
    }
  }

  private void require(int needed, int at, String what) {
    if (needed > end || needed < 0) {
      throw new MalformedBlockException("block ends inside a " + what, at);
    }
  }

  private long readVarInt(int pos) {
    require(pos + 1, pos, "compact size");
    int first = block[pos] & 0xFF;
    if (first < 0xFD) {
      return first;
    }
    int width = first == 0xFD ? 2 : first == 0xFE ? 4 : 8;
    require(pos + 1 + width, pos, "compact size");
    long value = 0;
    for (int i = 0; i < width; i++) {
      value |= (block[pos + 1 + i] & 0xFFL) << (8 * i);
    }
    if (value < 0 || value > end) {
      throw new MalformedBlockException("compact size " + value + " larger than the block", pos);
    }
    return value;
  }

  private int varIntSize(int pos) {
    int first = block[pos] & 0xFF;
    return first < 0xFD ? 1 : first == 0xFD ? 3 : first == 0xFE ? 5 : 9;
  }

  private long readLong(int pos) {
    long value = 0;
    for (int i = 7; i >= 0; i--) {
      value = (value << 8) | (block[pos + i] & 0xFFL);
    }
    return value;
  }
}
