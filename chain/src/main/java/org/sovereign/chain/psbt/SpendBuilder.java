package org.sovereign.chain.psbt;

import static org.sovereign.chain.psbt.InputOutcome.Status.MISSING_SCRIPT;
import static org.sovereign.chain.psbt.InputOutcome.Status.MISSING_SIGNATURES;
import static org.sovereign.chain.psbt.InputOutcome.Status.UNSUPPORTED_SCRIPT;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.SigVersion;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.sovereign.chain.psbt.InputSpend.NotFinalizable;
import org.sovereign.chain.psbt.InputSpend.UsedSignature;

/**
 * Builds the final scriptSig and witness of one input from its partial signatures: single-key
 * p2pkh, p2wpkh and p2sh-p2wpkh, and multisig in p2sh, p2wsh and p2sh-p2wsh (signatures in the
 * script's key order, exactly m of them, after the CHECKMULTISIG dummy OP_0).
 */
final class SpendBuilder {
  private static final HexFormat HEX = HexFormat.of();

  private final String where;
  private final PsbtMap map;
  private final Map<String, byte[]> signatures = new HashMap<>();

  private SpendBuilder(int index, PsbtMap map) {
    this.where = "input " + index;
    this.map = map;
    for (KeyValue kv : map.all(PsbtKeyTypes.IN_PARTIAL_SIG)) {
      signatures.put(HEX.formatHex(kv.keyData()), kv.value());
    }
  }

  /** The final scripts for input {@code index}, whose spent output script is {@code spk}. */
  static InputSpend build(int index, PsbtMap map, byte[] spk) throws NotFinalizable {
    return new SpendBuilder(index, map).spend(spk);
  }

  private InputSpend spend(byte[] spk) throws NotFinalizable {
    if (Script.isPay2pkh(spk)) {
      UsedSignature sig =
          singleKey(Arrays.copyOfRange(spk, 3, 23), spk, SigVersion.SIGVERSION_BASE);
      return new InputSpend(
          concat(PsbtBytes.push(sig.signature()), PsbtBytes.push(sig.pubkey())),
          List.of(),
          List.of(sig));
    }
    if (Script.isPay2wpkh(spk)) {
      return witnessKeyHash(Arrays.copyOfRange(spk, 2, 22), new byte[0]);
    }
    if (Script.isPay2wsh(spk)) {
      return witnessScriptHash(Arrays.copyOfRange(spk, 2, 34), new byte[0]);
    }
    if (Script.isPay2sh(spk)) {
      byte[] redeem =
          map.value(PsbtKeyTypes.IN_REDEEM_SCRIPT)
              .orElseThrow(
                  () ->
                      new NotFinalizable(
                          MISSING_SCRIPT, where + ": p2sh output but no redeemScript"));
      if (!Arrays.equals(Crypto.hash160(redeem), Arrays.copyOfRange(spk, 2, 22))) {
        throw new NotFinalizable(
            MISSING_SCRIPT, where + ": redeemScript does not hash to the p2sh output");
      }
      byte[] redeemPush = PsbtBytes.push(redeem);
      if (Script.isPay2wpkh(redeem)) {
        return witnessKeyHash(Arrays.copyOfRange(redeem, 2, 22), redeemPush);
      }
      if (Script.isPay2wsh(redeem)) {
        return witnessScriptHash(Arrays.copyOfRange(redeem, 2, 34), redeemPush);
      }
      MultisigScript multisig = multisig(redeem, "redeemScript");
      List<UsedSignature> used = select(multisig, redeem, SigVersion.SIGVERSION_BASE);
      ByteArrayOutputStream scriptSig = new ByteArrayOutputStream();
      scriptSig.write(0x00);
      used.forEach(u -> scriptSig.writeBytes(PsbtBytes.push(u.signature())));
      scriptSig.writeBytes(redeemPush);
      return new InputSpend(scriptSig.toByteArray(), List.of(), used);
    }
    throw new NotFinalizable(
        UNSUPPORTED_SCRIPT,
        where + ": output script " + HEX.formatHex(spk) + " is not p2pkh, p2wpkh, p2sh or p2wsh");
  }

  private InputSpend witnessKeyHash(byte[] keyHash, byte[] scriptSig) throws NotFinalizable {
    byte[] scriptCode = Script.write(Script.pay2pkh(keyHash));
    UsedSignature sig = singleKey(keyHash, scriptCode, SigVersion.SIGVERSION_WITNESS_V0);
    return new InputSpend(scriptSig, List.of(sig.signature(), sig.pubkey()), List.of(sig));
  }

  private InputSpend witnessScriptHash(byte[] program, byte[] scriptSig) throws NotFinalizable {
    byte[] witnessScript =
        map.value(PsbtKeyTypes.IN_WITNESS_SCRIPT)
            .orElseThrow(
                () ->
                    new NotFinalizable(
                        MISSING_SCRIPT, where + ": p2wsh output but no witnessScript"));
    if (!Arrays.equals(Crypto.sha256(witnessScript), program)) {
      throw new NotFinalizable(
          MISSING_SCRIPT, where + ": witnessScript does not hash to the p2wsh program");
    }
    MultisigScript multisig = multisig(witnessScript, "witnessScript");
    List<UsedSignature> used = select(multisig, witnessScript, SigVersion.SIGVERSION_WITNESS_V0);
    List<byte[]> witness = new ArrayList<>();
    witness.add(new byte[0]);
    used.forEach(u -> witness.add(u.signature()));
    witness.add(witnessScript);
    return new InputSpend(scriptSig, witness, used);
  }

  private UsedSignature singleKey(byte[] keyHash, byte[] scriptCode, int sigVersion)
      throws NotFinalizable {
    for (KeyValue kv : map.all(PsbtKeyTypes.IN_PARTIAL_SIG)) {
      byte[] pubkey = kv.keyData();
      if (Arrays.equals(Crypto.hash160(pubkey), keyHash)) {
        return new UsedSignature(pubkey, kv.value(), scriptCode, sigVersion);
      }
    }
    throw new NotFinalizable(
        MISSING_SIGNATURES,
        where + ": 0 of 1 required signatures (key hash " + HEX.formatHex(keyHash) + ")");
  }

  private MultisigScript multisig(byte[] script, String name) throws NotFinalizable {
    return MultisigScript.parse(script)
        .orElseThrow(
            () ->
                new NotFinalizable(
                    UNSUPPORTED_SCRIPT, where + ": " + name + " is not a multisig script"));
  }

  /** The first m signatures in the script's key order. */
  private List<UsedSignature> select(MultisigScript multisig, byte[] script, int sigVersion)
      throws NotFinalizable {
    List<UsedSignature> used = new ArrayList<>();
    for (byte[] key : multisig.keys()) {
      byte[] sig = signatures.get(HEX.formatHex(key));
      if (sig != null && used.size() < multisig.required()) {
        used.add(new UsedSignature(key, sig, script, sigVersion));
      }
    }
    if (used.size() < multisig.required()) {
      throw new NotFinalizable(
          MISSING_SIGNATURES,
          where + ": " + used.size() + " of " + multisig.required() + " required signatures");
    }
    return used;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
