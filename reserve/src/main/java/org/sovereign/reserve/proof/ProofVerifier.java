package org.sovereign.reserve.proof;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import fr.acinq.bitcoin.psbt.Input;
import fr.acinq.bitcoin.psbt.Psbt;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Hex;
import org.sovereign.chain.psbt.ParseResult;
import org.sovereign.chain.psbt.PsbtValidator;
import org.sovereign.chain.scan.BlockScanner;
import org.sovereign.chain.scan.ScanResult;
import org.sovereign.chain.scan.WatchSet;
import org.sovereign.chain.source.ChainSource;

/**
 * Checks a published proof of reserves with nothing but a chain source: the proof transaction
 * commits to the message (BIP-127), spends exactly the claimed coins, every coin's input is signed
 * (the script interpreter accepts it), each coin exists in the chain with the claimed script and
 * value and is unspent at the attested height, and the total adds up.
 */
public final class ProofVerifier {
  private ProofVerifier() {}

  /** The verdict: the problems found (none means the proof holds). */
  public record Result(long totalSat, int coins, List<String> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static Result verify(ReserveProof proof, ChainSource source) {
    List<String> problems = new ArrayList<>();
    if (!ReserveProof.FORMAT.equals(proof.format())) {
      problems.add("format is '" + proof.format() + "', expected " + ReserveProof.FORMAT);
      return new Result(0, 0, problems);
    }
    byte[] psbtBytes;
    try {
      psbtBytes = Base64.getDecoder().decode(proof.psbt());
    } catch (IllegalArgumentException e) {
      problems.add("psbt is not base64");
      return new Result(0, 0, problems);
    }
    if (PsbtValidator.parse(psbtBytes) instanceof ParseResult.Rejected r) {
      problems.add("proof PSBT is malformed: " + r.message());
      return new Result(0, 0, problems);
    }
    Psbt psbt = Psbt.read(psbtBytes).getRight();
    Transaction tx = psbt.global.tx;
    checkShape(proof, tx, problems);
    Map<String, ProofUtxo> claimed = new HashMap<>();
    long total = 0;
    for (ProofUtxo utxo : proof.utxos()) {
      if (claimed.put(utxo.outpoint(), utxo) != null) {
        problems.add("coin " + utxo.outpoint() + " is listed twice");
      }
      total = Math.addExact(total, utxo.value_sat());
    }
    if (total != proof.total_sat()) {
      problems.add("the coins add up to " + total + " sat, the proof says " + proof.total_sat());
    }
    checkSignatures(tx, psbt, claimed, problems);
    checkChain(proof, claimed, source, problems);
    return new Result(total, proof.utxos().size(), problems);
  }

  private static void checkShape(ReserveProof proof, Transaction tx, List<String> problems) {
    if (tx.txIn.isEmpty()
        || !tx.txIn.getFirst().outPoint.equals(Commitment.outPoint(proof.message()))) {
      problems.add("input 0 is not the BIP-127 commitment to the message");
    }
    Set<String> spent = new HashSet<>();
    for (int i = 1; i < tx.txIn.size(); i++) {
      spent.add(outpoint(tx.txIn.get(i).outPoint));
    }
    Set<String> listed = new HashSet<>();
    proof.utxos().forEach(u -> listed.add(u.outpoint()));
    if (!spent.equals(listed) || tx.txIn.size() - 1 != proof.utxos().size()) {
      problems.add(
          "the proof transaction spends "
              + spent.size()
              + " coin(s) that differ from the "
              + listed.size()
              + " listed");
    }
  }

  private static void checkSignatures(
      Transaction tx, Psbt psbt, Map<String, ProofUtxo> claimed, List<String> problems) {
    List<TxIn> inputs = new ArrayList<>(tx.txIn);
    List<TxOut> prevouts = new ArrayList<>();
    prevouts.add(new TxOut(new Satoshi(0), new byte[0]));
    for (int i = 1; i < inputs.size(); i++) {
      Input input = psbt.inputs.get(i);
      ScriptWitness witness =
          input.getScriptWitness() == null ? new ScriptWitness() : input.getScriptWitness();
      inputs.set(i, inputs.get(i).updateWitness(witness));
      ProofUtxo utxo = claimed.get(outpoint(inputs.get(i).outPoint));
      prevouts.add(
          utxo == null
              ? new TxOut(new Satoshi(0), new byte[0])
              : new TxOut(new Satoshi(utxo.value_sat()), Hex.decode(utxo.script())));
    }
    Transaction signed = tx.updateInputs(inputs);
    for (int i = 1; i < inputs.size(); i++) {
      TxOut prevout = prevouts.get(i);
      boolean ok;
      try {
        byte[] scriptSig =
            psbt.inputs.get(i).getScriptSig() == null
                ? new byte[0]
                : Script.write(psbt.inputs.get(i).getScriptSig());
        ok =
            new Script.Runner(
                    new Script.Context(signed, i, prevout.amount, prevouts),
                    ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS)
                .verifyScripts(
                    scriptSig, prevout.publicKeyScript.toByteArray(), signed.txIn.get(i).witness);
      } catch (RuntimeException e) {
        ok = false;
      }
      if (!ok) {
        problems.add("coin " + outpoint(inputs.get(i).outPoint) + " is not signed for by its keys");
      }
    }
  }

  private static void checkChain(
      ReserveProof proof,
      Map<String, ProofUtxo> claimed,
      ChainSource source,
      List<String> problems) {
    var hash = source.blockHash(proof.height());
    if (hash.isEmpty() || !hash.get().equals(BlockHash.parse(proof.block_hash()))) {
      problems.add("block " + proof.height() + " of the chain is not " + proof.block_hash());
      return;
    }
    int lowest = proof.height();
    WatchSet outpoints = new WatchSet(Math.max(16, claimed.size()));
    for (ProofUtxo utxo : claimed.values()) {
      lowest = Math.min(lowest, utxo.height());
      checkFunding(utxo, source, problems);
      outpoints.add(outpointBytes(utxo.outpoint()));
    }
    BlockScanner scanner = new BlockScanner(new WatchSet(16), outpoints);
    for (int h = lowest; h <= proof.height(); h++) {
      byte[] raw = source.rawBlock(source.blockHash(h).orElseThrow()).orElseThrow();
      ScanResult result = scanner.scan(raw);
      for (int m = 0; m < result.spendMatches(); m++) {
        int off = result.spendOutpointOffset(m);
        String spent = outpoint(java.util.Arrays.copyOfRange(raw, off, off + 36));
        ProofUtxo utxo = claimed.get(spent);
        if (utxo != null && h > utxo.height()) {
          problems.add(
              "coin "
                  + spent
                  + " was spent at height "
                  + h
                  + ", before the attested height "
                  + proof.height());
        }
      }
    }
  }

  private static void checkFunding(ProofUtxo utxo, ChainSource source, List<String> problems) {
    var hash = source.blockHash(utxo.height());
    if (hash.isEmpty()) {
      problems.add("coin " + utxo.outpoint() + ": no block at its height " + utxo.height());
      return;
    }
    Block block = Block.read(source.rawBlock(hash.get()).orElseThrow());
    String txid = utxo.outpoint().substring(0, utxo.outpoint().indexOf(':'));
    int vout = Integer.parseInt(utxo.outpoint().substring(utxo.outpoint().indexOf(':') + 1));
    for (Transaction tx : block.tx) {
      if (tx.txid.toString().equals(txid)) {
        if (vout >= tx.txOut.size()
            || tx.txOut.get(vout).amount.toLong() != utxo.value_sat()
            || !Hex.encode(tx.txOut.get(vout).publicKeyScript.toByteArray())
                .equals(utxo.script())) {
          problems.add(
              "coin "
                  + utxo.outpoint()
                  + ": the chain's output differs from the claimed script or value");
        }
        return;
      }
    }
    problems.add("coin " + utxo.outpoint() + ": transaction not found in block " + utxo.height());
  }

  private static String outpoint(OutPoint o) {
    return o.txid + ":" + o.index;
  }

  private static String outpoint(byte[] raw36) {
    byte[] txid = java.util.Arrays.copyOf(raw36, 32);
    long index =
        (raw36[32] & 0xffL)
            | (raw36[33] & 0xffL) << 8
            | (raw36[34] & 0xffL) << 16
            | (raw36[35] & 0xffL) << 24;
    return org.sovereign.base.Txid.fromInternalBytes(txid) + ":" + index;
  }

  private static byte[] outpointBytes(String outpoint) {
    int colon = outpoint.indexOf(':');
    byte[] out = new byte[36];
    System.arraycopy(
        org.sovereign.base.Txid.parse(outpoint.substring(0, colon)).internalBytes(), 0, out, 0, 32);
    long index = Long.parseLong(outpoint.substring(colon + 1));
    for (int i = 0; i < 4; i++) {
      out[32 + i] = (byte) (index >>> (8 * i));
    }
    return out;
  }
}
