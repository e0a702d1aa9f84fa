package org.sovereign.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The audit chain's hashing rule, documented in docs/audit-chain.md so an outsider can recompute
 * it: {@code hash = SHA-256(prev_hash || u64be(seq) || field(at) || field(actor) || field(action)
 * || field(object) || digest)} where {@code field(s) = u32be(len(utf8(s))) || utf8(s)} and {@code
 * at} is ISO-8601 UTC with microseconds.
 */
public final class AuditHashes {
  public static final byte[] GENESIS = new byte[32];
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(AuditHashes::sha256);

  private AuditHashes() {}

  public static byte[] digest(String detail) {
    return sha256().digest(detail.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] link(
      byte[] prevHash,
      long seq,
      Instant at,
      String actor,
      String action,
      String object,
      byte[] digest) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    sha.update(prevHash);
    updateLong(sha, seq);
    field(sha, canonicalTime(at));
    field(sha, actor);
    field(sha, action);
    field(sha, object);
    sha.update(digest);
    return sha.digest();
  }

  /** Microsecond precision, the precision PostgreSQL stores. */
  public static Instant truncate(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  static String canonicalTime(Instant at) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(27);
    pad(out, t.getYear(), 4).append('-');
    pad(out, t.getMonthValue(), 2).append('-');
    pad(out, t.getDayOfMonth(), 2).append('T');
    pad(out, t.getHour(), 2).append(':');
    pad(out, t.getMinute(), 2).append(':');
    pad(out, t.getSecond(), 2).append('.');
    return pad(out, at.getNano() / 1_000, 6).append('Z').toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    sha.update((byte) (n >>> 24));
    sha.update((byte) (n >>> 16));
    sha.update((byte) (n >>> 8));
    sha.update((byte) n);
    sha.update(bytes);
  }

  private static void updateLong(MessageDigest sha, long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      sha.update((byte) (value >>> shift));
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
