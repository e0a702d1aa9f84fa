package org.sovereign.chain.source;

import java.util.Optional;
import java.util.OptionalLong;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Txid;

/**
 * Where the platform reads the Bitcoin chain from: a Bitcoin Core node (JSON-RPC), Core's block
 * files, an Esplora server, or the built-in regtest simulator. Blocks are raw consensus bytes, so
 * every source feeds the same scanner.
 */
public interface ChainSource extends AutoCloseable {
  /** Height of the best chain's tip. */
  int tipHeight();

  /** Hash of the best chain's block at {@code height}; empty above the tip. */
  Optional<BlockHash> blockHash(int height);

  /** The raw block with this hash; empty when the source does not have it. */
  Optional<byte[]> rawBlock(BlockHash hash);

  /** A raw transaction by txid (mempool or chain); empty when unknown to the source. */
  Optional<byte[]> rawTransaction(Txid txid);

  /** Submits a signed transaction; returns its txid or throws with the node's reason. */
  Txid broadcast(byte[] rawTransaction);

  /** Fee rate in sat/vB to confirm within {@code targetBlocks}, when the source estimates fees. */
  OptionalLong feeRateSatPerVbyte(int targetBlocks);

  @Override
  default void close() {}
}
