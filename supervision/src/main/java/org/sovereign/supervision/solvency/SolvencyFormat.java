package org.sovereign.supervision.solvency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The fixed numbers of format {@code sovereign-solvency/1} (docs/proof-of-solvency.md): asset and
 * depth limits, the domain-separation tags, and the packed node layout that chunks use (a 32-byte
 * hash, then one unsigned 64-bit big-endian sum per asset).
 */
public final class SolvencyFormat {
  public static final int MAX_ASSETS = 16;
  public static final int MIN_DEPTH = 10;
  public static final int MAX_DEPTH = 63;
  public static final int MAX_CUSTOMER_ID_BYTES = 128;
  public static final int HASH_BYTES = 32;

  /** Nodes per chunk handed to a {@link NodeSink}; the last chunk of a level may hold fewer. */
  public static final int CHUNK_NODES = 4096;

  static final int CHUNK_SHIFT = 12;
  static final byte[] CUSTOMER_TAG = ascii("sovereign-solvency/1/customer");
  static final byte[] PADDING_TAG = ascii("sovereign-solvency/1/padding");
  static final byte LEAF_PREFIX = 0x00;
  static final byte NODE_PREFIX = 0x01;
  private static final Pattern ASSET_CODE = Pattern.compile("[A-Za-z0-9._-]{1,16}");

  private SolvencyFormat() {}

  /** Bytes of one packed node: its hash and one sum per asset. */
  public static int nodeSize(int assets) {
    return HASH_BYTES + 8 * assets;
  }

  /** Leaves of a tree over {@code customers}: the next power of two, at least 2^10. */
  public static long paddedLeafCount(long customers) {
    long leaves = 1L << MIN_DEPTH;
    while (leaves < customers) {
      leaves <<= 1;
    }
    return leaves;
  }

  /**
   * The asset codes, checked: 1..16 distinct codes of 1..16 letters, digits, '.', '_' or '-' (they
   * travel in the proof's JSON envelope, never in the hashes).
   */
  public static List<String> checkAssets(List<String> codes) {
    if (codes.isEmpty() || codes.size() > MAX_ASSETS) {
      throw new IllegalArgumentException(
          "a snapshot has 1.." + MAX_ASSETS + " assets, not " + codes.size());
    }
    for (String code : codes) {
      if (!ASSET_CODE.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "asset code '" + code + "' is not 1..16 letters, digits, '.', '_' or '-'");
      }
    }
    if (new HashSet<>(codes).size() != codes.size()) {
      throw new IllegalArgumentException("asset codes repeat: " + codes);
    }
    return List.copyOf(codes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK has no SHA-256", e);
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
