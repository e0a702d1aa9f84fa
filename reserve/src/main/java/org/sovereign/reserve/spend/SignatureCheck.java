package org.sovereign.reserve.spend;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector64;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PublicKey;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.psbt.Input;
import fr.acinq.bitcoin.psbt.Psbt;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.sovereign.platform.errors.DomainException;

/**
 * Checks every partial signature of a PSBT against its key and the transaction's signature hash
 * (BIP-143), and reads which custodians signed from the keys' BIP-32 origins.
 */
public final class SignatureCheck {
  private SignatureCheck() {}

  /**
   * Throws naming the input and key when a signature does not verify; returns the signers'
   * fingerprints.
   */
  public static Set<String> verify(Psbt psbt) {
    Set<String> signers = new LinkedHashSet<>();
    for (int i = 0; i < psbt.inputs.size(); i++) {
      Input input = psbt.inputs.get(i);
      if (input.getWitnessScript() == null || input.getWitnessUtxo() == null) {
        continue;
      }
      byte[] witnessScript = Script.write(input.getWitnessScript());
      for (Map.Entry<PublicKey, ByteVector> sig : input.getPartialSigs().entrySet()) {
        byte[] der = sig.getValue().toByteArray();
        int sighash = der[der.length - 1] & 0xff;
        byte[] hash =
            psbt.global.tx.hashForSigning(
                i,
                witnessScript,
                sighash,
                input.getWitnessUtxo().amount,
                SigVersion.SIGVERSION_WITNESS_V0);
        boolean valid;
        try {
          ByteVector64 compact = Crypto.decodeSignatureLax(Arrays.copyOf(der, der.length - 1));
          valid = Crypto.verifySignature(hash, compact, sig.getKey());
        } catch (RuntimeException e) {
          valid = false;
        }
        String fingerprint = fingerprint(input, sig.getKey());
        if (!valid) {
          throw new DomainException(
              422,
              "signature-invalid",
              "input " + i + ": the signature of key " + fingerprint + " does not verify",
              "psbt");
        }
        signers.add(fingerprint);
      }
    }
    return signers;
  }

  private static String fingerprint(Input input, PublicKey key) {
    var origin = input.getDerivationPaths().get(key);
    return origin == null
        ? key.toString().substring(0, 16)
        : String.format("%08x", origin.masterKeyFingerprint);
  }
}
