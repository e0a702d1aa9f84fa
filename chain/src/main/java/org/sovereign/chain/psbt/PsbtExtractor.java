package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxOut;
import java.util.List;
import java.util.Optional;

/**
 * BIP-174 Transaction Extractor: puts every input's final scriptSig and scriptWitness into the
 * unsigned transaction and checks each input with bitcoin-kmp's script interpreter before handing
 * the transaction out. Stateless and thread-safe.
 */
public final class PsbtExtractor {
  private PsbtExtractor() {}

  /** The network transaction of a fully finalized PSBT. */
  public static ExtractResult extract(PartiallySignedTx psbt) {
    Transaction tx = psbt.unsignedTx();
    for (int i = 0; i < psbt.inputs().size(); i++) {
      PsbtMap map = psbt.input(i);
      Optional<byte[]> scriptSig = map.value(PsbtKeyTypes.IN_FINAL_SCRIPTSIG);
      Optional<byte[]> witness = map.value(PsbtKeyTypes.IN_FINAL_SCRIPTWITNESS);
      if (scriptSig.isEmpty() && witness.isEmpty()) {
        return new ExtractResult.NotExtractable("input " + i + ": not finalized");
      }
      tx = tx.updateSigScript(i, scriptSig.orElse(new byte[0]));
      if (witness.isPresent()) {
        try {
          tx = tx.updateWitness(i, TxParser.witness(witness.get(), "input " + i));
        } catch (PsbtFormatException e) {
          return new ExtractResult.NotExtractable(e.getMessage());
        }
      } else {
        tx = tx.updateWitness(i, new ScriptWitness(List.<ByteVector>of()));
      }
    }
    List<TxOut> spent = SpentOutputs.all(psbt);
    for (int i = 0; i < psbt.inputs().size(); i++) {
      Optional<TxOut> out = SpentOutputs.of(psbt, i);
      if (out.isEmpty()) {
        return new ExtractResult.NotExtractable(
            "input " + i + ": no UTXO to verify the spend against");
      }
      if (!PsbtFinalizer.runScripts(tx, i, out.get(), spent)) {
        return new ExtractResult.NotExtractable(
            "input " + i + ": final scripts fail the script interpreter");
      }
    }
    return new ExtractResult.Extracted(tx);
  }
}
