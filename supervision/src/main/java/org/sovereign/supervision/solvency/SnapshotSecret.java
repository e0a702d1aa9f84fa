package org.sovereign.supervision.solvency;

import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The Authority's 32 random bytes for one liability snapshot. They key the customer nonces and the
 * padding commitments; whoever holds them can link every leaf to its customer, so they never leave
 * the Authority. {@link #toString()} does not show them.
 */
public final class SnapshotSecret {
  public static final int LENGTH = 32;

  private final byte[] bytes;

  private SnapshotSecret(byte[] bytes) {
    this.bytes = bytes;
  }

  public static SnapshotSecret generate(SecureRandom random) {
    byte[] bytes = new byte[LENGTH];
    random.nextBytes(bytes);
    return new SnapshotSecret(bytes);
  }

  /** The secret stored earlier; throws unless it has exactly 32 bytes. */
  public static SnapshotSecret of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "a snapshot secret has " + LENGTH + " bytes, not " + bytes.length);
    }
    return new SnapshotSecret(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SnapshotSecret other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SnapshotSecret[32 bytes, not shown]";
  }
}
