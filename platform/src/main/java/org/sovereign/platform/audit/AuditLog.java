package org.sovereign.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.sovereign.platform.json.Json;

/**
 * Appends entries to the hash-chained audit log. Callers pass the {@link Handle} of the transaction
 * that makes the change, so the entry commits or rolls back with it.
 */
public final class AuditLog {
  private final Clock clock;

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  public AuditEntry append(
      Handle handle, Actor actor, String action, String object, Map<String, ?> detail) {
    Head head =
        handle
            .createQuery("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
            .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
            .one();
    long seq = head.seq() + 1;
    Instant at = AuditHashes.truncate(clock.instant());
    String detailJson = Json.canonical(detail);
    byte[] digest = AuditHashes.digest(detailJson);
    byte[] hash = AuditHashes.link(head.hash(), seq, at, actor.label(), action, object, digest);
    handle
        .createUpdate(
            "INSERT INTO audit_log (seq, at, actor, action, object, detail, digest, prev_hash, hash)"
                + " VALUES (:seq, :at, :actor, :action, :object, :detail, :digest, :prev, :hash)")
        .bind("seq", seq)
        .bind("at", at)
        .bind("actor", actor.label())
        .bind("action", action)
        .bind("object", object)
        .bind("detail", detailJson)
        .bind("digest", digest)
        .bind("prev", head.hash())
        .bind("hash", hash)
        .execute();
    handle
        .createUpdate("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
        .bind("seq", seq)
        .bind("hash", hash)
        .execute();
    return new AuditEntry(
        seq, at, actor.label(), action, object, detailJson, digest, head.hash(), hash);
  }

  public static Head head(Handle handle) {
    return handle
        .createQuery("SELECT seq, hash FROM audit_head WHERE id = 1")
        .map((rs, ctx) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
        .one();
  }

  public static List<AuditEntry> newest(Handle handle, int limit) {
    return handle
        .createQuery("SELECT * FROM audit_log ORDER BY seq DESC LIMIT :limit")
        .bind("limit", limit)
        .map(AuditRows::entry)
        .list();
  }

  /** Entries per UTC day since {@code from}, for the activity chart. */
  public static Map<LocalDate, Long> countPerDay(Handle handle, LocalDate from) {
    Map<LocalDate, Long> counts = new java.util.TreeMap<>();
    handle
        .createQuery(
            "SELECT (at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM audit_log"
                + " WHERE at >= :from GROUP BY 1")
        .bind("from", from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
        .map((rs, ctx) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("n")))
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  /** The newest entry's sequence number and hash: what outsiders pin. */
  public record Head(long seq, byte[] hash) {
    public String hashHex() {
      return org.sovereign.base.Hex.encode(hash);
    }
  }
}
