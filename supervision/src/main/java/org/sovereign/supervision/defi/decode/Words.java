package org.sovereign.supervision.defi.decode;

import java.math.BigInteger;

/**
 * Reads ABI words (32 bytes, 64 hex digits) straight out of {@code 0x} hex text, without the
 * intermediate objects a generic decoder builds. {@code start} is the index of a word's first hex
 * digit.
 */
public final class Words {
  public static final int WORD = 64;
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);
  private static final byte[] DIGITS = new byte[128];

  static {
    java.util.Arrays.fill(DIGITS, (byte) -1);
    for (int i = 0; i < 10; i++) {
      DIGITS['0' + i] = (byte) i;
    }
    for (int i = 0; i < 6; i++) {
      DIGITS['a' + i] = (byte) (10 + i);
      DIGITS['A' + i] = (byte) (10 + i);
    }
  }

  private Words() {}

  /** Whether {@code data} holds exactly {@code n} words. */
  public static boolean words(String data, int n) {
    return data.length() == 2 + WORD * n;
  }

  /** Start of word {@code i} of a data field or (i = 0) of a topic. */
  public static int at(int i) {
    return 2 + WORD * i;
  }

  /** The address in the low 20 bytes of the word, or null when the high 12 bytes are not zero. */
  public static String address(String hex, int start) {
    for (int i = start; i < start + 24; i++) {
      if (hex.charAt(i) != '0') {
        return null;
      }
    }
    return "0x" + hex.substring(start + 24, start + WORD);
  }

  /** The word as an unsigned integer; null when it holds a character that is not hex. */
  public static BigInteger uint(String hex, int start) {
    int end = start + WORD;
    int first = start;
    while (first < end && hex.charAt(first) == '0') {
      first++;
    }
    if (end - first <= 15) {
      long value = 0;
      for (int i = first; i < end; i++) {
        int d = digit(hex.charAt(i));
        if (d < 0) {
          return null;
        }
        value = (value << 4) | d;
      }
      return BigInteger.valueOf(value);
    }
    int digits = end - first;
    byte[] bytes = new byte[(digits + 1) / 2];
    int b = bytes.length - 1;
    for (int i = end - 1; i >= first; i -= 2) {
      int lo = digit(hex.charAt(i));
      int hi = i - 1 >= first ? digit(hex.charAt(i - 1)) : 0;
      if (lo < 0 || hi < 0) {
        return null;
      }
      bytes[b--] = (byte) ((hi << 4) | lo);
    }
    return new BigInteger(1, bytes);
  }

  /** The word as a two's-complement signed integer. */
  public static BigInteger int256(String hex, int start) {
    BigInteger value = uint(hex, start);
    if (value != null && value.testBit(255)) {
      return value.subtract(TWO_256);
    }
    return value;
  }

  /** The word as {@code 0x} hex (a {@code bytes32}), or null when it is not hex. */
  public static String bytes32(String hex, int start) {
    for (int i = start; i < start + WORD; i++) {
      if (digit(hex.charAt(i)) < 0) {
        return null;
      }
    }
    return start == 2 && hex.length() == 2 + WORD ? hex : "0x" + hex.substring(start, start + WORD);
  }

  private static int digit(char c) {
    return c < 128 ? DIGITS[c] : -1;
  }
}
