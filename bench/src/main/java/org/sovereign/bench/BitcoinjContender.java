package org.sovereign.bench;

import java.nio.ByteBuffer;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.sovereign.app.bench.BlockContender;

/** bitcoinj 0.17.1 parsing a block and computing every txid (a benchmark-only dependency). */
public final class BitcoinjContender implements BlockContender {
  @Override
  public String name() {
    return "bitcoinj 0.17.1: parse + txids";
  }

  @Override
  public long process(byte[] block) {
    long acc = 0;
    for (Transaction tx : Block.read(ByteBuffer.wrap(block)).getTransactions()) {
      acc += tx.getTxId().hashCode();
    }
    return acc;
  }
}
