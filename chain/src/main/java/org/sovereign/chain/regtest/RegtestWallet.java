package org.sovereign.chain.regtest;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.SigHash;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxId;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A single-key p2wpkh wallet on the simulator, for scripted activity: it mines to itself and pays
 * any script with real signatures. Keys come from a seed string, so runs are repeatable.
 */
public final class RegtestWallet {
  private static final long FEE_SAT_PER_VBYTE = 2;

  private final RegtestChain chain;
  private final PrivateKey key;
  private final byte[] script;

  public RegtestWallet(RegtestChain chain, String seed) {
    this.chain = chain;
    this.key = new PrivateKey(Crypto.sha256(seed.getBytes(StandardCharsets.UTF_8)));
    this.script = Script.write(Script.pay2wpkh(key.publicKey()));
  }

  public byte[] script() {
    return script.clone();
  }

  public PublicKey publicKey() {
    return key.publicKey();
  }

  /** Mines blocks paying this wallet, plus enough on top for the first coinbase to mature. */
  public void fund(int spendableCoinbases) {
    chain.mine(spendableCoinbases, script);
    chain.mine(RegtestChain.COINBASE_MATURITY, script);
  }

  public long balance() {
    return chain.unspent(script).stream()
        .filter(
            u -> !u.coinbase() || chain.height() + 1 - u.height() >= RegtestChain.COINBASE_MATURITY)
        .mapToLong(u -> u.output().amount.toLong())
        .sum();
  }

  /**
   * Pays {@code amountSat} to {@code destination} with change back to this wallet; in the mempool.
   */
  public TxId pay(byte[] destination, long amountSat) {
    return chain.submit(buildPayment(List.of(new TxOut(new Satoshi(amountSat), destination))));
  }

  public Transaction buildPayment(List<TxOut> outputs) {
    long wanted = outputs.stream().mapToLong(o -> o.amount.toLong()).sum();
    List<Utxo> selected = new ArrayList<>();
    long gathered = 0;
    long fee = 0;
    for (Utxo utxo : chain.unspent(script)) {
      if (utxo.coinbase() && chain.height() + 1 - utxo.height() < RegtestChain.COINBASE_MATURITY) {
        continue;
      }
      selected.add(utxo);
      gathered += utxo.output().amount.toLong();
      fee = FEE_SAT_PER_VBYTE * (11 + 68L * selected.size() + 31L * (outputs.size() + 1));
      if (gathered >= wanted + fee) {
        break;
      }
    }
    if (gathered < wanted + fee) {
      throw new IllegalStateException(
          "wallet has " + gathered + " sat spendable, needs " + (wanted + fee));
    }
    List<TxOut> all = new ArrayList<>(outputs);
    long change = gathered - wanted - fee;
    if (change > 546) {
      all.add(new TxOut(new Satoshi(change), script));
    }
    List<TxIn> inputs =
        selected.stream().map(u -> new TxIn(u.outPoint(), new byte[0], 0xfffffffdL)).toList();
    Transaction tx = new Transaction(2, inputs, all, 0);
    for (int i = 0; i < selected.size(); i++) {
      byte[] signature =
          tx.signInput(
              i,
              Script.pay2pkh(key.publicKey()),
              SigHash.SIGHASH_ALL,
              selected.get(i).output().amount,
              SigVersion.SIGVERSION_WITNESS_V0,
              key);
      ScriptWitness witness = Script.witnessPay2wpkh(key.publicKey(), new ByteVector(signature));
      tx = tx.updateWitness(i, witness);
    }
    return tx;
  }
}
