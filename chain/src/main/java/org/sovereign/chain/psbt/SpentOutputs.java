package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outputs a PSBT's inputs spend, from their witness or non-witness UTXO fields. */
final class SpentOutputs {
  private SpentOutputs() {}

  /** The output input {@code index} spends: the witness UTXO, else the non-witness UTXO's. */
  static Optional<TxOut> of(PartiallySignedTx psbt, int index) {
    PsbtMap map = psbt.input(index);
    try {
      Optional<byte[]> witnessUtxo = map.value(PsbtKeyTypes.IN_WITNESS_UTXO);
      if (witnessUtxo.isPresent()) {
        return Optional.of(TxParser.txOut(witnessUtxo.get(), "input " + index));
      }
      Optional<Transaction> previous = nonWitnessUtxo(psbt, index);
      if (previous.isPresent()) {
        TxIn txIn = psbt.unsignedTx().txIn.get(index);
        return Optional.of(previous.get().txOut.get((int) txIn.outPoint.index));
      }
    } catch (PsbtFormatException e) {
      throw new IllegalStateException("validated PSBT holds a malformed UTXO: " + e.getMessage());
    }
    return Optional.empty();
  }

  /** The full previous transaction of input {@code index}, if present. */
  static Optional<Transaction> nonWitnessUtxo(PartiallySignedTx psbt, int index)
      throws PsbtFormatException {
    Optional<byte[]> bytes = psbt.input(index).value(PsbtKeyTypes.IN_NON_WITNESS_UTXO);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TxParser.transaction(bytes.get(), true, "input " + index));
  }

  /** Every spent output, or an empty list when any input lacks its UTXO. */
  static List<TxOut> all(PartiallySignedTx psbt) {
    List<TxOut> out = new ArrayList<>();
    for (int i = 0; i < psbt.inputs().size(); i++) {
      Optional<TxOut> spent = of(psbt, i);
      if (spent.isEmpty()) {
        return List.of();
      }
      out.add(spent.get());
    }
    return out;
  }
}
