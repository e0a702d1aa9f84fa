package org.sovereign.chain.descriptor;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Where a derived key comes from, as PSBT BIP-32 derivation fields need it: the master key
 * fingerprint, the full path from that master to the key (hardened steps carry bit 31), and the key
 * itself as it appears in the script (33 or 65 bytes, or 32 x-only bytes inside {@code tr()}). Keys
 * written without an origin report their own fingerprint and the steps written after them.
 */
public record KeyOrigin(int fingerprint, int[] path, byte[] publicKey) {
  public KeyOrigin {
    path = path.clone();
    publicKey = publicKey.clone();
  }

  @Override
  public int[] path() {
    return path.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  /** The fingerprint as 8 lower-case hex characters, as written in descriptors. */
  public String fingerprintHex() {
    return String.format("%08x", fingerprint);
  }

  /** The path as written in descriptors, such as {@code m/48h/1h/0h/2h/0/5}. */
  public String pathText() {
    StringBuilder text = new StringBuilder("m");
    for (int step : path) {
      text.append('/').append(DerivationStep.format(step));
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyOrigin o
        && fingerprint == o.fingerprint
        && Arrays.equals(path, o.path)
        && Arrays.equals(publicKey, o.publicKey);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * fingerprint + Arrays.hashCode(path)) + Arrays.hashCode(publicKey);
  }

  @Override
  public String toString() {
    return "["
        + fingerprintHex()
        + pathText().substring(1)
        + "]"
        + HexFormat.of().formatHex(publicKey);
  }
}
