package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.BlockHash;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxId;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sovereign.chain.regtest.RegtestRejection.Reason;

/**
 * A built-in regtest network: real, consensus-valid blocks (proof of work at the regtest target,
 * BIP-34 coinbases, witness commitments), a mempool that checks every input with the script
 * interpreter and enforces coinbase maturity, and reorgs on demand. Thread-safe.
 */
public final class RegtestChain {
  public static final int COINBASE_MATURITY = 100;
  private static final int FLAGS = ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS;

  private final List<ConnectedBlock> best = new ArrayList<>();
  private final Map<BlockHash, byte[]> knownBlocks = new HashMap<>();
  private final Map<OutPoint, Utxo> utxos = new HashMap<>();
  private final Map<TxId, Transaction> confirmed = new HashMap<>();
  private final LinkedHashMap<TxId, Transaction> mempool = new LinkedHashMap<>();
  private final Map<OutPoint, TxOut> mempoolOutputs = new HashMap<>();
  private final Set<OutPoint> mempoolSpent = new HashSet<>();
  private long extraNonce;

  public RegtestChain() {
    Block genesis = Block.RegtestGenesisBlock;
    byte[] raw = Block.write(genesis);
    best.add(new ConnectedBlock(genesis, raw, 0, List.of(), List.of()));
    knownBlocks.put(genesis.hash, raw);
  }

  public synchronized int height() {
    return best.size() - 1;
  }

  public synchronized Optional<BlockHash> hashAt(int height) {
    return height < 0 || height >= best.size()
        ? Optional.empty()
        : Optional.of(best.get(height).block().hash);
  }

  public synchronized Optional<byte[]> rawBlock(BlockHash hash) {
    return Optional.ofNullable(knownBlocks.get(hash)).map(byte[]::clone);
  }

  public synchronized Optional<Transaction> transaction(TxId txid) {
    Transaction tx = mempool.get(txid);
    return Optional.ofNullable(tx != null ? tx : confirmed.get(txid));
  }

  public synchronized List<Transaction> mempool() {
    return List.copyOf(mempool.values());
  }

  /** Confirmed unspent outputs paying {@code script} (mempool spends excluded). */
  public synchronized List<Utxo> unspent(byte[] script) {
    List<Utxo> found = new ArrayList<>();
    for (Utxo utxo : utxos.values()) {
      if (Arrays.equals(utxo.output().publicKeyScript.toByteArray(), script)
          && !mempoolSpent.contains(utxo.outPoint())) {
        found.add(utxo);
      }
    }
    found.sort((a, b) -> Integer.compare(a.height(), b.height()));
    return found;
  }

  /** Mines {@code count} blocks paying the coinbase to {@code payoutScript}; mempool first. */
  public synchronized List<BlockHash> mine(int count, byte[] payoutScript) {
    List<BlockHash> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hashes.add(mineOne(payoutScript));
    }
    return hashes;
  }

  private BlockHash mineOne(byte[] payoutScript) {
    ConnectedBlock tip = best.getLast();
    List<Transaction> included = new ArrayList<>(mempool.values());
    long fees = 0;
    for (Transaction tx : included) {
      fees += fee(tx);
    }
    Block block =
        BlockAssembler.assemble(
            tip.block().hash,
            tip.height() + 1,
            tip.block().header.time + 600,
            payoutScript,
            fees,
            included,
            ++extraNonce);
    clearMempool();
    connect(block);
    return block.hash;
  }

  private void connect(Block block) {
    int height = best.size();
    List<Utxo> spent = new ArrayList<>();
    for (Transaction tx : block.tx) {
      if (!tx.isCoinbase()) {
        for (TxIn in : tx.txIn) {
          spent.add(utxos.remove(in.outPoint));
        }
        confirmed.put(tx.txid, tx);
      }
      for (int i = 0; i < tx.txOut.size(); i++) {
        OutPoint out = new OutPoint(tx, i);
        utxos.put(out, new Utxo(out, tx.txOut.get(i), height, tx.isCoinbase()));
      }
    }
    byte[] raw = Block.write(block);
    knownBlocks.put(block.hash, raw);
    best.add(new ConnectedBlock(block, raw, height, spent, block.tx.subList(1, block.tx.size())));
  }

  private ConnectedBlock disconnectTip() {
    ConnectedBlock tip = best.removeLast();
    for (Transaction tx : tip.block().tx) {
      for (int i = 0; i < tx.txOut.size(); i++) {
        utxos.remove(new OutPoint(tx, i));
      }
      confirmed.remove(tx.txid);
    }
    for (Utxo restored : tip.spent()) {
      utxos.put(restored.outPoint(), restored);
    }
    return tip;
  }

  /**
   * Replaces the newest {@code depth} blocks with {@code replacement} new ones (a longer branch
   * wins). Transactions of the disconnected blocks go back to the mempool unless {@code
   * dropTransactions}, in which case they vanish (as when a conflicting spend confirms).
   */
  public synchronized List<BlockHash> reorg(
      int depth, int replacement, byte[] payoutScript, boolean dropTransactions) {
    if (depth < 1 || depth >= best.size()) {
      throw new IllegalArgumentException(
          "reorg depth must be between 1 and " + (best.size() - 1) + ", not " + depth);
    }
    if (replacement <= depth) {
      throw new IllegalArgumentException(
          "the replacement branch must be longer than " + depth + " blocks to win");
    }
    List<Transaction> pending = new ArrayList<>(mempool.values());
    clearMempool();
    List<Transaction> returned = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      returned.addAll(0, disconnectTip().transactions());
    }
    if (!dropTransactions) {
      resubmit(returned);
    }
    resubmit(pending);
    return mine(replacement, payoutScript);
  }

  private void resubmit(List<Transaction> transactions) {
    for (Transaction tx : transactions) {
      try {
        submit(tx);
      } catch (RegtestRejection e) {
        // no longer valid on the new branch: dropped, as a node would
      }
    }
  }

  /** Accepts a transaction into the mempool after checking inputs, maturity and scripts. */
  public synchronized TxId submit(Transaction tx) {
    try {
      Transaction.Companion.validate(tx);
    } catch (RuntimeException e) {
      throw new RegtestRejection(Reason.MALFORMED, e.getMessage());
    }
    if (tx.isCoinbase()) {
      throw new RegtestRejection(Reason.COINBASE, "a coinbase cannot be relayed");
    }
    if (mempool.containsKey(tx.txid) || confirmed.containsKey(tx.txid)) {
      throw new RegtestRejection(
          Reason.ALREADY_KNOWN, "transaction " + tx.txid + " is already known");
    }
    Map<OutPoint, TxOut> prevouts = prevouts(tx);
    long in = prevouts.values().stream().mapToLong(o -> o.amount.toLong()).sum();
    long out = tx.txOut.stream().mapToLong(o -> o.amount.toLong()).sum();
    if (out > in) {
      throw new RegtestRejection(
          Reason.OUTPUTS_EXCEED_INPUTS, "outputs " + out + " sat exceed inputs " + in + " sat");
    }
    try {
      Transaction.correctlySpends(tx, prevouts, FLAGS);
    } catch (RuntimeException e) {
      throw new RegtestRejection(Reason.SCRIPT_FAILED, e.getMessage());
    }
    mempool.put(tx.txid, tx);
    for (TxIn input : tx.txIn) {
      mempoolSpent.add(input.outPoint);
    }
    for (int i = 0; i < tx.txOut.size(); i++) {
      mempoolOutputs.put(new OutPoint(tx, i), tx.txOut.get(i));
    }
    return tx.txid;
  }

  private Map<OutPoint, TxOut> prevouts(Transaction tx) {
    Map<OutPoint, TxOut> prevouts = new HashMap<>();
    int nextHeight = best.size();
    for (TxIn input : tx.txIn) {
      OutPoint outPoint = input.outPoint;
      if (mempoolSpent.contains(outPoint) || prevouts.containsKey(outPoint)) {
        throw new RegtestRejection(
            Reason.DOUBLE_SPEND,
            "output " + outPoint.txid + ":" + outPoint.index + " is already spent");
      }
      Utxo utxo = utxos.get(outPoint);
      TxOut unconfirmed = mempoolOutputs.get(outPoint);
      if (utxo == null && unconfirmed == null) {
        throw new RegtestRejection(
            Reason.MISSING_INPUT,
            "output " + outPoint.txid + ":" + outPoint.index + " does not exist or is spent");
      }
      if (utxo != null && utxo.coinbase() && nextHeight - utxo.height() < COINBASE_MATURITY) {
        throw new RegtestRejection(
            Reason.IMMATURE_COINBASE,
            "coinbase output from height "
                + utxo.height()
                + " matures at height "
                + (utxo.height() + COINBASE_MATURITY));
      }
      prevouts.put(outPoint, utxo != null ? utxo.output() : unconfirmed);
    }
    return prevouts;
  }

  private long fee(Transaction tx) {
    long in = 0;
    for (TxIn input : tx.txIn) {
      Utxo utxo = utxos.get(input.outPoint);
      in +=
          utxo != null
              ? utxo.output().amount.toLong()
              : mempoolOutputs.get(input.outPoint).amount.toLong();
    }
    return in - tx.txOut.stream().mapToLong(o -> o.amount.toLong()).sum();
  }

  private void clearMempool() {
    mempool.clear();
    mempoolOutputs.clear();
    mempoolSpent.clear();
  }
}
