package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.Crypto;
import java.util.Arrays;

/** A parsed key expression (BIP-380): a constant key or a BIP-32 extended key with a path. */
sealed interface KeyExpression permits ConstantKey, ExtendedKey {
  /** The public key at {@code index} (ignored unless ranged): 33 bytes, or 65 if uncompressed. */
  byte[] publicKey(int index);

  boolean isRanged();

  boolean isCompressed();

  /** How many alternatives the key's multipath step has (1 when it has none). */
  int multipathCount();

  /** This key with its multipath step replaced by alternative {@code choice}. */
  KeyExpression pickPath(int choice);

  /** The origin of the key at {@code index}; {@code xonly} reports the 32-byte x-only form. */
  KeyOrigin origin(int index, boolean xonly);

  /** The public key at {@code index} as 32 x-only bytes. */
  default byte[] xonlyKey(int index) {
    return Arrays.copyOfRange(publicKey(index), 1, 33);
  }

  /** The first four bytes of HASH160 of a key, big-endian, as BIP-32 fingerprints are. */
  static int fingerprintOf(byte[] publicKey) {
    byte[] hash = Crypto.hash160(publicKey);
    return ((hash[0] & 0xff) << 24)
        | ((hash[1] & 0xff) << 16)
        | ((hash[2] & 0xff) << 8)
        | (hash[3] & 0xff);
  }
}
