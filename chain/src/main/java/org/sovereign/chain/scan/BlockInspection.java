package org.sovereign.chain.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sovereign.base.Hex;

/**
 * A block summarised from its raw bytes, as {@code sovereign chain inspect-block} prints it: hashes
 * in display (byte-reversed) hex, the merkle root from the header and whether the txids recompute
 * to it.
 */
public record BlockInspection(
    String blockHash,
    String prevBlockHash,
    String merkleRoot,
    boolean merkleOk,
    int txCount,
    long totalOutputValueSat,
    int segwitTxCount,
    List<String> txids) {

  public static BlockInspection of(byte[] block) {
    ScanResult result = BlockScanner.txidsOnly().scan(block);
    byte[] header = BlockHeaders.merkleRoot(block, 0);
    byte[] computed = BlockHeaders.computeMerkleRoot(result.txidBytes(), result.txCount());
    List<String> txids = new ArrayList<>(result.txCount());
    for (int i = 0; i < result.txCount(); i++) {
      txids.add(display(result.txid(i)));
    }
    return new BlockInspection(
        display(BlockHeaders.hash(block, 0)),
        display(BlockHeaders.previousHash(block, 0)),
        display(header),
        Arrays.equals(header, computed),
        result.txCount(),
        result.totalOutputValue(),
        result.segwitTxCount(),
        List.copyOf(txids));
  }

  private static String display(byte[] internal) {
    return Hex.encode(BlockHeaders.reversed(internal));
  }
}
