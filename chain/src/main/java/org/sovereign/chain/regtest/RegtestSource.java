package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxId;
import java.util.Optional;
import java.util.OptionalLong;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Txid;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.chain.source.ChainSourceException;

/** The simulator seen through the same interface as a real node. */
public final class RegtestSource implements ChainSource {
  private final RegtestChain chain;

  public RegtestSource(RegtestChain chain) {
    this.chain = chain;
  }

  public RegtestChain chain() {
    return chain;
  }

  @Override
  public int tipHeight() {
    return chain.height();
  }

  @Override
  public Optional<BlockHash> blockHash(int height) {
    return chain.hashAt(height).map(h -> BlockHash.fromInternalBytes(h.value.toByteArray()));
  }

  @Override
  public Optional<byte[]> rawBlock(BlockHash hash) {
    return chain.rawBlock(new fr.acinq.bitcoin.BlockHash(hash.internalBytes()));
  }

  @Override
  public Optional<byte[]> rawTransaction(Txid txid) {
    return chain.transaction(new TxId(txid.toString())).map(Transaction::write);
  }

  @Override
  public Txid broadcast(byte[] rawTransaction) {
    Transaction tx;
    try {
      tx = Transaction.read(rawTransaction);
    } catch (RuntimeException e) {
      throw new ChainSourceException("regtest: not a transaction: " + e.getMessage(), e);
    }
    try {
      return Txid.parse(chain.submit(tx).toString());
    } catch (RegtestRejection e) {
      throw new ChainSourceException("regtest rejected the transaction: " + e.getMessage(), e);
    }
  }

  @Override
  public OptionalLong feeRateSatPerVbyte(int targetBlocks) {
    return OptionalLong.of(2);
  }
}
