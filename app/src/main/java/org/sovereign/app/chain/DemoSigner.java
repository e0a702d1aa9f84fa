package org.sovereign.app.chain;

import fr.acinq.bitcoin.DeterministicWallet;
import fr.acinq.bitcoin.psbt.KeyPathWithMaster;
import fr.acinq.bitcoin.psbt.Psbt;
import java.nio.charset.StandardCharsets;

/**
 * A demo custodian's signing device, outside the server: the key from the custodian's demo seed
 * signs every input whose BIP-32 derivation names its fingerprint. It stands in for the hardware
 * signers, Sparrow or Electrum a real custodian uses; the server never runs it.
 */
public final class DemoSigner {
  private final DeterministicWallet.ExtendedPrivateKey master;
  private final long fingerprint;

  public DemoSigner(int custodian) {
    if (custodian < 0 || custodian >= DemoCustodians.COUNT) {
      throw new IllegalArgumentException(
          "custodian must be 0 to " + (DemoCustodians.COUNT - 1) + ", not " + custodian);
    }
    master = DemoCustodians.master(custodian);
    fingerprint =
        DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL;
  }

  public String fingerprint() {
    return String.format("%08x", fingerprint);
  }

  /** The signed PSBT, and how many inputs this key signed. */
  public record Signed(byte[] psbt, int inputsSigned) {}

  public Signed sign(byte[] psbtBytes) {
    var parsed = Psbt.read(psbtBytes);
    if (!parsed.isRight()) {
      throw new IllegalArgumentException("not a PSBT: " + parsed.getLeft());
    }
    Psbt psbt = parsed.getRight();
    int signed = 0;
    for (int i = 0; i < psbt.inputs.size(); i++) {
      for (KeyPathWithMaster origin : psbt.inputs.get(i).getDerivationPaths().values()) {
        if (origin.masterKeyFingerprint == fingerprint) {
          var key = DeterministicWallet.derivePrivateKey(master, origin.keyPath).getPrivateKey();
          var result = psbt.sign(key, i);
          if (!result.isRight()) {
            throw new IllegalArgumentException("input " + i + ": " + result.getLeft());
          }
          psbt = result.getRight().getPsbt();
          signed++;
        }
      }
    }
    return new Signed(Psbt.write(psbt).toByteArray(), signed);
  }

  /** Reads a PSBT given as binary or as base64 text. */
  public static byte[] readPsbt(byte[] content) {
    if (content.length >= 5
        && content[0] == 0x70
        && content[1] == 0x73
        && content[2] == 0x62
        && content[3] == 0x74
        && content[4] == (byte) 0xff) {
      return content;
    }
    try {
      return java.util.Base64.getDecoder()
          .decode(new String(content, StandardCharsets.US_ASCII).strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "neither a binary PSBT nor base64 text: " + e.getMessage(), e);
    }
  }
}
