package org.sovereign.chain.psbt;

import static org.sovereign.chain.psbt.InputOutcome.Status.ALREADY_FINAL;
import static org.sovereign.chain.psbt.InputOutcome.Status.FINALIZED;
import static org.sovereign.chain.psbt.InputOutcome.Status.INVALID_SIGNATURE;
import static org.sovereign.chain.psbt.InputOutcome.Status.MISSING_UTXO;
import static org.sovereign.chain.psbt.InputOutcome.Status.SCRIPT_FAILED;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector64;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sovereign.chain.psbt.InputSpend.NotFinalizable;
import org.sovereign.chain.psbt.InputSpend.UsedSignature;

/**
 * BIP-174 Input Finalizer for single-key and multisig spends. For each input with enough partial
 * signatures it builds the final scriptSig / scriptWitness, checks every signature against its key
 * and the whole spend with bitcoin-kmp's script interpreter (standard flags), then keeps only the
 * UTXO fields and unknown keys beside the final fields. Inputs it cannot finalize are left as they
 * were and reported with why. Stateless and thread-safe.
 */
public final class PsbtFinalizer {
  private static final HexFormat HEX = HexFormat.of();

  /** Input key types a finalizer clears (every BIP-174 input field but the two UTXOs). */
  private static final Set<Long> CLEARED =
      Set.of(
          0x02L, 0x03L, 0x04L, 0x05L, 0x06L, 0x07L, 0x08L, 0x09L, 0x0aL, 0x0bL, 0x0cL, 0x0dL, 0x13L,
          0x14L, 0x15L, 0x16L, 0x17L, 0x18L);

  private PsbtFinalizer() {}

  /**
   * Finalizes every input it can; the result tells which inputs are final and why others are not.
   */
  public static FinalizeResult finalizeInputs(PartiallySignedTx psbt) {
    PartiallySignedTx current = psbt;
    List<InputOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < psbt.inputs().size(); i++) {
      PsbtMap map = psbt.input(i);
      if (map.has(PsbtKeyTypes.IN_FINAL_SCRIPTSIG)
          || map.has(PsbtKeyTypes.IN_FINAL_SCRIPTWITNESS)) {
        outcomes.add(new InputOutcome(i, ALREADY_FINAL, "input " + i + ": already final"));
        continue;
      }
      try {
        PsbtMap finalMap = finalizeInput(psbt, i);
        current = current.withInput(i, finalMap);
        outcomes.add(new InputOutcome(i, FINALIZED, "input " + i + ": finalized"));
      } catch (NotFinalizable e) {
        outcomes.add(new InputOutcome(i, e.status(), e.getMessage()));
      }
    }
    return new FinalizeResult(current, outcomes);
  }

  private static PsbtMap finalizeInput(PartiallySignedTx psbt, int index) throws NotFinalizable {
    String where = "input " + index;
    TxOut spent =
        SpentOutputs.of(psbt, index)
            .orElseThrow(
                () -> new NotFinalizable(MISSING_UTXO, where + ": no witness or non-witness UTXO"));
    byte[] spk = spent.publicKeyScript.toByteArray();
    InputSpend spend = SpendBuilder.build(index, psbt.input(index), spk);
    Transaction tx = psbt.unsignedTx();
    Optional<byte[]> sighash = psbt.input(index).value(PsbtKeyTypes.IN_SIGHASH_TYPE);
    for (UsedSignature used : spend.signatures()) {
      checkSignature(tx, index, spent, used, sighash, where);
    }
    ScriptWitness witness =
        new ScriptWitness(spend.witness().stream().map(ByteVector::new).toList());
    Transaction signed = tx.updateSigScript(index, spend.scriptSig()).updateWitness(index, witness);
    if (!runScripts(signed, index, spent, SpentOutputs.all(psbt))) {
      throw new NotFinalizable(
          SCRIPT_FAILED, where + ": the final scripts fail the script interpreter");
    }
    List<KeyValue> finals = new ArrayList<>();
    if (spend.scriptSig().length > 0) {
      finals.add(KeyValue.of(PsbtKeyTypes.IN_FINAL_SCRIPTSIG, new byte[0], spend.scriptSig()));
    }
    if (!spend.witness().isEmpty()) {
      finals.add(KeyValue.of(PsbtKeyTypes.IN_FINAL_SCRIPTWITNESS, new byte[0], serialize(witness)));
    }
    return psbt.input(index).retainAndAppend(kv -> !CLEARED.contains(kv.keyType()), finals);
  }

  private static void checkSignature(
      Transaction tx,
      int index,
      TxOut spent,
      UsedSignature used,
      Optional<byte[]> sighash,
      String where)
      throws NotFinalizable {
    byte[] sig = used.signature();
    int hashType = sig[sig.length - 1] & 0xff;
    String key = HEX.formatHex(used.pubkey());
    if (sighash.isPresent() && readUInt32(sighash.get()) != hashType) {
      throw new NotFinalizable(
          INVALID_SIGNATURE,
          where
              + ": signature for key "
              + key
              + " has hash type "
              + hashType
              + " but the input asks for "
              + readUInt32(sighash.get()));
    }
    boolean valid;
    try {
      byte[] hash =
          tx.hashForSigning(index, used.scriptCode(), hashType, spent.amount, used.sigVersion());
      ByteVector64 compact = Crypto.decodeSignatureLax(Arrays.copyOf(sig, sig.length - 1));
      valid = Crypto.verifySignature(hash, compact, new PublicKey(used.pubkey()));
    } catch (RuntimeException e) {
      valid = false;
    }
    if (!valid) {
      throw new NotFinalizable(
          INVALID_SIGNATURE, where + ": signature for key " + key + " does not verify");
    }
  }

  /** Runs the input's scripts with bitcoin-kmp's interpreter and the standard flags. */
  static boolean runScripts(Transaction tx, int index, TxOut spent, List<TxOut> allSpent) {
    TxIn input = tx.txIn.get(index);
    try {
      return new Script.Runner(
              new Script.Context(tx, index, spent.amount, allSpent),
              ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS)
          .verifyScripts(input.signatureScript, spent.publicKeyScript, input.witness);
    } catch (RuntimeException e) {
      return false;
    }
  }

  static byte[] serialize(ScriptWitness witness) {
    PsbtBytes out = new PsbtBytes();
    out.writeCompactSize(witness.stack.size());
    witness.stack.forEach(item -> out.writeVarBytes(item.toByteArray()));
    return out.toByteArray();
  }

  private static long readUInt32(byte[] b) {
    return (b[0] & 0xffL) | (b[1] & 0xffL) << 8 | (b[2] & 0xffL) << 16 | (b[3] & 0xffL) << 24;
  }
}
