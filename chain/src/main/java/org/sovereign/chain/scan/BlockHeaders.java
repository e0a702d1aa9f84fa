package org.sovereign.chain.scan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Reading the 80-byte header and checking the merkle root against txids. */
public final class BlockHeaders {
  private BlockHeaders() {}

  /** The block hash in internal byte order (double SHA-256 of the header). */
  public static byte[] hash(byte[] block, int offset) {
    MessageDigest sha = sha256();
    sha.update(block, offset, BlockScanner.HEADER_SIZE);
    return sha.digest(sha.digest());
  }

  public static byte[] previousHash(byte[] block, int offset) {
    return Arrays.copyOfRange(block, offset + 4, offset + 36);
  }

  public static byte[] merkleRoot(byte[] block, int offset) {
    return Arrays.copyOfRange(block, offset + 36, offset + 68);
  }

  /** The merkle root of txids given back to back (internal byte order), as Bitcoin computes it. */
  public static byte[] computeMerkleRoot(byte[] txids, int count) {
    if (count == 0) {
      throw new IllegalArgumentException("a block has at least one transaction");
    }
    MessageDigest sha = sha256();
    byte[] level = Arrays.copyOf(txids, count * 32);
    int n = count;
    while (n > 1) {
      int pairs = (n + 1) / 2;
      byte[] next = new byte[pairs * 32];
      for (int i = 0; i < pairs; i++) {
        int left = 2 * i * 32;
        int right = (2 * i + 1 < n ? 2 * i + 1 : 2 * i) * 32;
        sha.update(level, left, 32);
        sha.update(level, right, 32);
        byte[] once = sha.digest();
        System.arraycopy(sha.digest(once), 0, next, i * 32, 32);
      }
      level = next;
      n = pairs;
    }
    return level;
  }

  /** Bytes reversed: internal order to the hex order explorers show, and back. */
  public static byte[] reversed(byte[] bytes) {
    return org.sovereign.base.Hash256.reversed(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
