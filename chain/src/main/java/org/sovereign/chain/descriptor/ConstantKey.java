package org.sovereign.chain.descriptor;

import java.util.Arrays;

/** A key written as hex or as a WIF private key: the same at every index. */
final class ConstantKey implements KeyExpression {
  private final OriginPrefix origin;
  private final byte[] publicKey;
  private final String text;

  /**
   * @param origin the {@code [fingerprint/path]} written before the key, or null
   * @param publicKey 33 or 65 bytes (x-only keys are stored with an 0x02 prefix)
   * @param text the key as it appears in the canonical descriptor
   */
  ConstantKey(OriginPrefix origin, byte[] publicKey, String text) {
    this.origin = origin;
    this.publicKey = publicKey.clone();
    this.text = text;
  }

  @Override
  public byte[] publicKey(int index) {
    return publicKey.clone();
  }

  @Override
  public boolean isRanged() {
    return false;
  }

  @Override
  public boolean isCompressed() {
    return publicKey.length == 33;
  }

  @Override
  public int multipathCount() {
    return 1;
  }

  @Override
  public KeyExpression pickPath(int choice) {
    return this;
  }

  @Override
  public KeyOrigin origin(int index, boolean xonly) {
    byte[] key = xonly ? Arrays.copyOfRange(publicKey, 1, 33) : publicKey;
    if (origin == null) {
      return new KeyOrigin(KeyExpression.fingerprintOf(publicKey), new int[0], key);
    }
    int[] path = origin.path().stream().mapToInt(Integer::intValue).toArray();
    return new KeyOrigin(origin.fingerprint(), path, key);
  }

  @Override
  public String toString() {
    return origin == null ? text : origin + text;
  }
}
