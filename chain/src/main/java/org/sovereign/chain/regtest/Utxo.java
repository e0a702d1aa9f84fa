package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.TxOut;

/** An unspent output with the height of the block that created it (coinbase maturity). */
public record Utxo(OutPoint outPoint, TxOut output, int height, boolean coinbase) {}
