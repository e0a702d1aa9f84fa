package org.sovereign.app.reserve;

import fr.acinq.bitcoin.DeterministicWallet;
import fr.acinq.bitcoin.psbt.KeyPathWithMaster;
import fr.acinq.bitcoin.psbt.Psbt;
import java.nio.charset.StandardCharsets;

/** A custodian's signer in tests: the master key from a seed signs every input it has a key for. */
final class TestSigner {
  private final DeterministicWallet.ExtendedPrivateKey master;
  private final long fingerprint;

  TestSigner(String seed) {
    master = DeterministicWallet.generate(seed.getBytes(StandardCharsets.UTF_8));
    fingerprint =
        DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL;
  }

  String fingerprint() {
    return String.format("%08x", fingerprint);
  }

  byte[] sign(byte[] psbtBytes) {
    Psbt psbt = Psbt.read(psbtBytes).getRight();
    for (int i = 0; i < psbt.inputs.size(); i++) {
      for (KeyPathWithMaster origin : psbt.inputs.get(i).getDerivationPaths().values()) {
        if (origin.masterKeyFingerprint == fingerprint) {
          var key = DeterministicWallet.derivePrivateKey(master, origin.keyPath).getPrivateKey();
          var signed = psbt.sign(key, i);
          if (!signed.isRight()) {
            throw new IllegalStateException("signing failed: " + signed.getLeft());
          }
          psbt = signed.getRight().getPsbt();
        }
      }
    }
    return Psbt.write(psbt).toByteArray();
  }
}
