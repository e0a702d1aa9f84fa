package org.sovereign.reserve.proof;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.TxHash;
import java.nio.charset.StandardCharsets;

/**
 * BIP-127's commitment input: it spends output 0 of the "transaction" whose txid is SHA-256 of
 * {@code "Proof-of-Reserves: " + message}. No such transaction exists, so the proof transaction can
 * never be mined, and the signatures commit to the message.
 */
public final class Commitment {
  private Commitment() {}

  public static OutPoint outPoint(String message) {
    byte[] hash = Crypto.sha256(("Proof-of-Reserves: " + message).getBytes(StandardCharsets.UTF_8));
    return new OutPoint(new TxHash(hash), 0);
  }
}
