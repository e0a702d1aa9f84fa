package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptElt;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxId;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import fr.acinq.bitcoin.psbt.Input;
import fr.acinq.bitcoin.psbt.Psbt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.chain.bip322.VerificationResult.Reason;

/**
 * Checks a proof-of-funds signature: a finalised PSBT whose transaction is to_sign with extra
 * inputs. Input 0 must spend {@code to_spend:0}; every other input is checked against the UTXO the
 * PSBT carries for it (its witness UTXO, or a previous transaction carried by any input). Whether
 * those coins are still unspent is not checked here: that needs the UTXO set.
 */
final class ProofOfFundsCheck {
  private ProofOfFundsCheck() {}

  static VerificationResult verify(
      Address address, DecodedSignature.ProofOfFunds pof, Transaction toSpend) {
    SignatureFormat format = SignatureFormat.PROOF_OF_FUNDS;
    Psbt psbt = pof.psbt();
    Transaction unsigned = psbt.global.tx;
    Optional<String> shape = Bip322Verifier.shapeProblem(unsigned);
    if (shape.isPresent()) {
      return Bip322Verifier.shapeError(shape.get(), format);
    }
    Optional<VerificationResult> other =
        Bip322Verifier.spendsOtherOutput(address, format, unsigned, toSpend);
    if (other.isPresent()) {
      return other.get();
    }
    Map<TxId, Transaction> previousTransactions = new HashMap<>();
    for (Input input : psbt.inputs) {
      if (input.getNonWitnessUtxo() != null) {
        previousTransactions.put(input.getNonWitnessUtxo().txid, input.getNonWitnessUtxo());
      }
    }
    List<TxOut> prevouts = new ArrayList<>();
    List<TxIn> signedInputs = new ArrayList<>();
    for (int i = 0; i < unsigned.txIn.size(); i++) {
      TxIn txIn = unsigned.txIn.get(i);
      Input input = psbt.inputs.get(i);
      if (i == 0) {
        prevouts.add(toSpend.txOut.getFirst());
      } else {
        Optional<TxOut> utxo = utxo(input, txIn.outPoint, previousTransactions);
        if (utxo.isEmpty()) {
          return Bip322Verifier.shapeError(
              "proof-of-funds input " + i + " carries no UTXO matching " + txIn.outPoint, format);
        }
        prevouts.add(utxo.get());
      }
      List<ScriptElt> scriptSig = input.getScriptSig();
      ScriptWitness witness = input.getScriptWitness();
      signedInputs.add(
          new TxIn(
              txIn.outPoint,
              scriptSig == null ? ByteVector.empty : new ByteVector(Script.write(scriptSig)),
              txIn.sequence,
              witness == null ? new ScriptWitness() : witness));
    }
    Transaction signed = unsigned.updateInputs(signedInputs);
    for (int i = 0; i < signed.txIn.size(); i++) {
      Optional<String> failure = ScriptCheck.failure(signed, i, prevouts);
      if (failure.isPresent()) {
        String which = i == 0 ? "the message input" : "proof-of-funds input " + i;
        return VerificationResult.invalid(
            Reason.INVALID_SIGNATURE,
            format,
            "invalid signature for " + address + " in " + which + ": " + failure.get());
      }
    }
    return VerificationResult.valid(
        format,
        "proof of funds valid for "
            + address
            + " with "
            + (signed.txIn.size() - 1)
            + " additional inputs (unspentness not checked)");
  }

  /**
   * The output {@code outPoint} spends: the input's witness UTXO, or the output of a previous
   * transaction carried by this or another input (inputs spending outputs of one transaction may
   * carry it only once).
   */
  private static Optional<TxOut> utxo(
      Input input, OutPoint outPoint, Map<TxId, Transaction> previousTransactions) {
    if (input.getWitnessUtxo() != null) {
      return Optional.of(input.getWitnessUtxo());
    }
    Transaction previous = previousTransactions.get(outPoint.txid);
    if (previous != null && outPoint.index < previous.txOut.size()) {
      return Optional.of(previous.txOut.get((int) outPoint.index));
    }
    return Optional.empty();
  }
}
