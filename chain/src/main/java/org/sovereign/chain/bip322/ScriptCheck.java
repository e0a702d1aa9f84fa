package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.List;
import java.util.Optional;

/** Runs bitcoin-kmp's script interpreter on one input of a transaction. */
final class ScriptCheck {
  /** Standard policy flags: P2SH, segwit, taproot, CLTV/CSV, low-S, clean stack and the rest. */
  static final int FLAGS = ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS;

  private ScriptCheck() {}

  /**
   * Verifies input {@code index} of {@code tx} against {@code prevouts.get(index)}; empty when the
   * scripts succeed, otherwise why they failed.
   */
  static Optional<String> failure(Transaction tx, int index, List<TxOut> prevouts) {
    TxIn input = tx.txIn.get(index);
    TxOut prevout = prevouts.get(index);
    try {
      Script.Runner runner =
          new Script.Runner(
              new Script.Context(tx, index, new Satoshi(prevout.amount.getSat()), prevouts), FLAGS);
      boolean ok =
          runner.verifyScripts(input.signatureScript, prevout.publicKeyScript, input.witness);
      return ok ? Optional.empty() : Optional.of("script evaluated to false");
    } catch (RuntimeException e) {
      return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
