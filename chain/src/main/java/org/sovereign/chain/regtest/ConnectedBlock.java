package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.Transaction;
import java.util.List;

/** A block on the simulator's best chain with what it takes to disconnect it again. */
record ConnectedBlock(
    Block block, byte[] raw, int height, List<Utxo> spent, List<Transaction> transactions) {}
