package org.sovereign.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.sovereign.supervision.solvency.CustomerNonces;
import org.sovereign.supervision.solvency.SnapshotSecret;

/** Reference measurements taken in the same run as the solvency benchmark. */
final class Anchors {
  private static final int HASHES = 1_000_000;
  private static final int NONCES = 500_000;

  /** Nanoseconds per nonce: cloned HMAC pad states vs {@code javax.crypto.Mac}. */
  record NonceTimes(double handRolled, double javaxMac) {}

  private Anchors() {}

  /** Best of five rounds of SHA-256 over {@code length}-byte inputs on one thread. */
  static double sha256HashesPerSecond(int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] input = new byte[length];
      byte[] out = new byte[32];
      double best = 0;
      for (int round = 0; round < 5; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < HASHES; i++) {
          input[0] = (byte) i;
          sha.update(input);
          sha.digest(out, 0, 32);
        }
        best = Math.max(best, HASHES / ((System.nanoTime() - start) / 1e9));
      }
      return best;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no SHA-256 in this JDK", e);
    }
  }

  static NonceTimes nonceTimes(SnapshotSecret secret) {
    try {
      CustomerNonces nonces = new CustomerNonces(secret);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
      double handRolled = Double.MAX_VALUE;
      double javax = Double.MAX_VALUE;
      long sink = 0;
      for (int round = 0; round < 3; round++) {
        long start = System.nanoTime();
        for (int i = 0; i < NONCES; i++) {
          sink += nonces.nonce(SyntheticLiabilities.id(i))[0];
        }
        long middle = System.nanoTime();
        for (int i = 0; i < NONCES; i++) {
          sink += mac.doFinal(SyntheticLiabilities.id(i).getBytes(StandardCharsets.UTF_8))[0];
        }
        long end = System.nanoTime();
        handRolled = Math.min(handRolled, (middle - start) / (double) NONCES);
        javax = Math.min(javax, (end - middle) / (double) NONCES);
      }
      if (sink == Long.MIN_VALUE) {
        System.out.print("");
      }
      return new NonceTimes(handRolled, javax);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no HmacSHA256 in this JDK", e);
    }
  }

  /** CPU time of the whole process (every thread, the JVM's own included). */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }
}
