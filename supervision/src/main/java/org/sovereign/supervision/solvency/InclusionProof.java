package org.sovereign.supervision.solvency;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One customer's inclusion proof, format v1: the leaf (customer id, nonce, balances), the sibling
 * of each node on the path from the leaf to the root (hash and sums), and the root (hash and sums).
 * The binary layout is in docs/proof-of-solvency.md; asset codes travel only in the JSON envelope.
 * Immutable.
 */
public final class InclusionProof {
  static final byte[] MAGIC = "SSP1".getBytes(StandardCharsets.US_ASCII);
  static final int HEADER_BYTES = 16;

  private final int depth;
  private final long leafIndex;
  private final String customerId;
  private final byte[] id;
  private final byte[] nonce;
  private final Amounts balances;
  private final byte[] path;
  private final byte[] root;

  InclusionProof(
      int depth,
      long leafIndex,
      String customerId,
      byte[] nonce,
      Amounts balances,
      byte[] path,
      byte[] root) {
    this.depth = depth;
    this.leafIndex = leafIndex;
    this.customerId = customerId;
    this.id = customerId.getBytes(StandardCharsets.UTF_8);
    this.nonce = nonce.clone();
    this.balances = balances;
    this.path = path.clone();
    this.root = root.clone();
  }

  /** Bytes of a proof with these dimensions: 48 + id + 8K + (depth + 1)(32 + 8K). */
  static long size(int assets, int depth, int idLength) {
    return HEADER_BYTES
        + idLength
        + SolvencyFormat.HASH_BYTES
        + 8L * assets
        + (depth + 1L) * SolvencyFormat.nodeSize(assets);
  }

  public String customerId() {
    return customerId;
  }

  public long leafIndex() {
    return leafIndex;
  }

  public int depth() {
    return depth;
  }

  public int assetCount() {
    return balances.size();
  }

  public Amounts balances() {
    return balances;
  }

  public byte[] nonce() {
    return nonce.clone();
  }

  public byte[] rootHash() {
    return Arrays.copyOf(root, SolvencyFormat.HASH_BYTES);
  }

  /** The root sums the proof carries (a valid proof's equal the published totals). */
  public Amounts rootSums() {
    long[] sums = new long[balances.size()];
    for (int a = 0; a < sums.length; a++) {
      sums[a] = PackedNodes.u64(root, SolvencyFormat.HASH_BYTES + 8 * a);
    }
    return Amounts.of(sums);
  }

  /** Bytes of the binary form. */
  public int size() {
    return (int) size(balances.size(), depth, id.length);
  }

  /** The binary form, format v1. */
  public byte[] toBytes() {
    int assets = balances.size();
    byte[] out = new byte[size()];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[4] = (byte) assets;
    out[5] = (byte) depth;
    PackedNodes.putU64(out, 6, leafIndex);
    out[14] = (byte) (id.length >> 8);
    out[15] = (byte) id.length;
    int at = HEADER_BYTES;
    System.arraycopy(id, 0, out, at, id.length);
    at += id.length;
    System.arraycopy(nonce, 0, out, at, nonce.length);
    at += nonce.length;
    for (int a = 0; a < assets; a++, at += 8) {
      PackedNodes.putU64(out, at, balances.get(a));
    }
    System.arraycopy(path, 0, out, at, path.length);
    System.arraycopy(root, 0, out, at + path.length, root.length);
    return out;
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(toBytes());
  }

  /**
   * The JSON envelope handed to the customer: {@code {"format":"sovereign-solvency-proof/1",
   * "assets":[...],"proof":"<base64>"}}. Throws when the codes are invalid or not one per asset.
   */
  public String toEnvelope(List<String> assets) {
    List<String> codes = SolvencyFormat.checkAssets(assets);
    if (codes.size() != balances.size()) {
      throw new IllegalArgumentException(
          codes.size() + " asset codes for a proof of " + balances.size() + " assets");
    }
    return ProofEnvelope.write(codes, toBase64());
  }

  byte[] idBytes() {
    return id.clone();
  }

  byte[] path() {
    return path.clone();
  }

  byte[] rootNode() {
    return root.clone();
  }
}
