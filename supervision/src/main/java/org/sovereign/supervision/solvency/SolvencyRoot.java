package org.sovereign.supervision.solvency;

import java.util.Arrays;
import java.util.List;
import org.sovereign.base.Hex;

/**
 * The published top of a liability tree: root hash, one total per asset, depth and the padded leaf
 * count (2^depth, which hides the real number of customers). Immutable.
 */
public final class SolvencyRoot {
  private final byte[] hash;
  private final List<String> assets;
  private final Amounts sums;
  private final int depth;

  private SolvencyRoot(byte[] hash, List<String> assets, Amounts sums, int depth) {
    this.hash = hash;
    this.assets = assets;
    this.sums = sums;
    this.depth = depth;
  }

  /**
   * A root as stored earlier; throws when the hash is not 32 bytes, the asset codes are invalid or
   * do not match the sums, or the depth is outside 10..63.
   */
  public static SolvencyRoot of(byte[] hash, List<String> assets, Amounts sums, int depth) {
    if (hash.length != SolvencyFormat.HASH_BYTES) {
      throw new IllegalArgumentException("a root hash has 32 bytes, not " + hash.length);
    }
    List<String> codes = SolvencyFormat.checkAssets(assets);
    if (codes.size() != sums.size()) {
      throw new IllegalArgumentException(
          codes.size() + " asset codes but " + sums.size() + " root sums");
    }
    if (depth < SolvencyFormat.MIN_DEPTH || depth > SolvencyFormat.MAX_DEPTH) {
      throw new IllegalArgumentException(
          "depth "
              + depth
              + " is outside "
              + SolvencyFormat.MIN_DEPTH
              + ".."
              + SolvencyFormat.MAX_DEPTH);
    }
    return new SolvencyRoot(hash.clone(), codes, sums, depth);
  }

  public byte[] hash() {
    return hash.clone();
  }

  /** The root hash as published: 64 lower-case hex digits. */
  public String hashHex() {
    return Hex.encode(hash);
  }

  public List<String> assets() {
    return assets;
  }

  public Amounts sums() {
    return sums;
  }

  public int depth() {
    return depth;
  }

  /** Leaves after padding: 2^depth. */
  public long leafCount() {
    return 1L << depth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SolvencyRoot other
        && Arrays.equals(hash, other.hash)
        && assets.equals(other.assets)
        && sums.equals(other.sums)
        && depth == other.depth;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hash) * 31 + sums.hashCode();
  }

  @Override
  public String toString() {
    return "SolvencyRoot[" + hashHex() + ", " + assets + " " + sums + ", depth " + depth + "]";
  }
}
