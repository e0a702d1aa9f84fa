package org.sovereign.supervision.solvency;

import static org.sovereign.supervision.solvency.Verification.Reason.AMOUNT_OUT_OF_RANGE;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_ASSET_COUNT;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_CUSTOMER_ID;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_DEPTH;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_LEAF_INDEX;
import static org.sovereign.supervision.solvency.Verification.Reason.BAD_MAGIC;
import static org.sovereign.supervision.solvency.Verification.Reason.TRAILING_BYTES;
import static org.sovereign.supervision.solvency.Verification.Reason.TRUNCATED;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.sovereign.base.Hex;

/**
 * Strict reading of the binary proof, in the order of docs/proof-of-solvency.md: magic, asset
 * count, depth, leaf index, id length, total length, id encoding, then every amount's range.
 */
final class ProofReader {
  private final byte[] bytes;
  private int assets;
  private int depth;

  private ProofReader(byte[] bytes) {
    this.bytes = bytes;
  }

  static InclusionProof read(byte[] bytes) throws ProofRejection {
    return new ProofReader(bytes).read();
  }

  private InclusionProof read() throws ProofRejection {
    header();
    long leafIndex = PackedNodes.u64(bytes, 6);
    if (Long.compareUnsigned(leafIndex, 1L << depth) >= 0) {
      throw new ProofRejection(
          BAD_LEAF_INDEX,
          "leaf index " + Long.toUnsignedString(leafIndex) + " is not below 2^" + depth);
    }
    int idLength = (bytes[14] & 0xff) << 8 | bytes[15] & 0xff;
    if (idLength < 1 || idLength > SolvencyFormat.MAX_CUSTOMER_ID_BYTES) {
      throw new ProofRejection(
          BAD_CUSTOMER_ID, "customer id length " + idLength + " is outside 1..128");
    }
    checkLength(idLength);
    int at = InclusionProof.HEADER_BYTES;
    String customerId = utf8(Arrays.copyOfRange(bytes, at, at + idLength));
    at += idLength;
    byte[] nonce = Arrays.copyOfRange(bytes, at, at + SolvencyFormat.HASH_BYTES);
    at += SolvencyFormat.HASH_BYTES;
    Amounts balances = amounts(at, "balance of asset ", "");
    at += 8 * assets;
    int nodeSize = SolvencyFormat.nodeSize(assets);
    for (int level = 0; level < depth; level++) {
      amounts(
          at + level * nodeSize + SolvencyFormat.HASH_BYTES,
          "sibling sum of asset ",
          " at level " + level);
    }
    byte[] path = Arrays.copyOfRange(bytes, at, at + depth * nodeSize);
    at += depth * nodeSize;
    amounts(at + SolvencyFormat.HASH_BYTES, "root sum of asset ", "");
    byte[] root = Arrays.copyOfRange(bytes, at, at + nodeSize);
    return new InclusionProof(depth, leafIndex, customerId, nonce, balances, path, root);
  }

  private void header() throws ProofRejection {
    if (bytes.length >= 4 && !Arrays.equals(bytes, 0, 4, InclusionProof.MAGIC, 0, 4)) {
      throw new ProofRejection(
          BAD_MAGIC,
          "proof starts with 0x" + Hex.encode(Arrays.copyOf(bytes, 4)) + ", not \"SSP1\"");
    }
    if (bytes.length < InclusionProof.HEADER_BYTES) {
      throw new ProofRejection(
          TRUNCATED, "proof has " + bytes.length + " bytes; its header alone has 16");
    }
    assets = bytes[4] & 0xff;
    if (assets < 1 || assets > SolvencyFormat.MAX_ASSETS) {
      throw new ProofRejection(BAD_ASSET_COUNT, "asset count " + assets + " is outside 1..16");
    }
    depth = bytes[5] & 0xff;
    if (depth < SolvencyFormat.MIN_DEPTH || depth > SolvencyFormat.MAX_DEPTH) {
      throw new ProofRejection(BAD_DEPTH, "depth " + depth + " is outside 10..63");
    }
  }

  private void checkLength(int idLength) throws ProofRejection {
    long expected = InclusionProof.size(assets, depth, idLength);
    if (bytes.length == expected) {
      return;
    }
    String detail =
        "proof has "
            + bytes.length
            + " bytes, but "
            + assets
            + " asset(s), depth "
            + depth
            + " and a customer id of "
            + idLength
            + " bytes make "
            + expected;
    throw new ProofRejection(bytes.length < expected ? TRUNCATED : TRAILING_BYTES, detail);
  }

  private Amounts amounts(int at, String what, String where) throws ProofRejection {
    long[] values = new long[assets];
    for (int a = 0; a < assets; a++) {
      values[a] = PackedNodes.u64(bytes, at + 8 * a);
      if (values[a] < 0) {
        throw new ProofRejection(
            AMOUNT_OUT_OF_RANGE,
            what + (a + 1) + where + " is " + Long.toUnsignedString(values[a]) + ", above 2^63-1");
      }
    }
    return Amounts.of(values);
  }

  private static String utf8(byte[] id) throws ProofRejection {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(id))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProofRejection(BAD_CUSTOMER_ID, "customer id is not valid UTF-8");
    }
  }
}
