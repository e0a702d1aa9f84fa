package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.TxOut;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The checks BIP-174 asks of a Signer before it signs an input: a witness UTXO only on a witness
 * spend, a redeemScript that hashes to the p2sh output, a witnessScript that hashes to the witness
 * program. Returns one sentence per failed check, empty when the PSBT may be signed.
 */
public final class SignerChecks {
  private SignerChecks() {}

  /** The problems a signer would refuse to sign over, one per input at fault. */
  public static List<String> check(PartiallySignedTx psbt) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < psbt.inputs().size(); i++) {
      checkInput(psbt, i).ifPresent(problems::add);
    }
    return List.copyOf(problems);
  }

  private static Optional<String> checkInput(PartiallySignedTx psbt, int index) {
    String where = "input " + index + ": ";
    PsbtMap map = psbt.input(index);
    if (map.has(PsbtKeyTypes.IN_FINAL_SCRIPTSIG) || map.has(PsbtKeyTypes.IN_FINAL_SCRIPTWITNESS)) {
      return Optional.empty();
    }
    Optional<TxOut> spent = SpentOutputs.of(psbt, index);
    if (spent.isEmpty()) {
      return Optional.empty();
    }
    byte[] spk = spent.get().publicKeyScript.toByteArray();
    Optional<byte[]> redeem = map.value(PsbtKeyTypes.IN_REDEEM_SCRIPT);
    byte[] program = spk;
    if (Script.isPay2sh(spk)) {
      if (redeem.isEmpty()) {
        return Optional.empty();
      }
      if (!Arrays.equals(Crypto.hash160(redeem.get()), Arrays.copyOfRange(spk, 2, 22))) {
        return Optional.of(where + "redeemScript does not match the scriptPubKey");
      }
      program = redeem.get();
    } else if (redeem.isPresent()) {
      return Optional.of(where + "redeemScript given for an output that is not p2sh");
    }
    boolean witnessSpend = Script.isNativeWitnessScript(new fr.acinq.bitcoin.ByteVector(program));
    if (map.has(PsbtKeyTypes.IN_WITNESS_UTXO) && !witnessSpend) {
      return Optional.of(where + "witness UTXO given for a non-witness spend");
    }
    Optional<byte[]> witnessScript = map.value(PsbtKeyTypes.IN_WITNESS_SCRIPT);
    if (witnessScript.isPresent()) {
      if (!Script.isPay2wsh(program)
          || !Arrays.equals(
              Crypto.sha256(witnessScript.get()), Arrays.copyOfRange(program, 2, 34))) {
        return Optional.of(where + "witnessScript does not match the witness program");
      }
    }
    return Optional.empty();
  }
}
