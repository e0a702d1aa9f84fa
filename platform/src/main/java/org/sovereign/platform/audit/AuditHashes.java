package org.sovereign.platform.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The audit chain's hashing rule, documented in docs/audit-chain.md so an outsider can recompute
 * it: {@code hash = SHA-256(prev_hash || u64be(seq) || field(at) || field(actor) || field(action)
 * || field(object) || digest)} where {@code field(s) = u32be(len(utf8(s))) || utf8(s)} and {@code
 * at} is ISO-8601 UTC with microseconds.
 */
public final class AuditHashes {
  public static final byte[] GENESIS = new byte[32];
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

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
    MessageDigest sha = sha256();
    sha.update(prevHash);
    sha.update(ByteBuffer.allocate(8).putLong(seq).array());
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
    return TIME.format(truncate(at));
  }

  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
