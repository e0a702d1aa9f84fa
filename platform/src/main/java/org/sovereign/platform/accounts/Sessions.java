package org.sovereign.platform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sovereign.platform.db.Tx;

/**
 * Server-side console sessions. The cookie carries a random id; the database keeps only its
 * SHA-256, the user, the session's CSRF token and its expiry (idle and absolute).
 */
public final class Sessions {
  private final Tx tx;
  private final Clock clock;
  private final Duration idleTimeout;
  private final Duration absoluteTimeout;

  public Sessions(Tx tx, Clock clock, Duration idleTimeout, Duration absoluteTimeout) {
    this.tx = tx;
    this.clock = clock;
    this.idleTimeout = idleTimeout;
    this.absoluteTimeout = absoluteTimeout;
  }

  /** A session as seen by a request: the raw cookie value is only known to the browser. */
  public record Session(String cookieValue, long userId, String csrfToken) {}

  public Session open(long userId) {
    String id = Secrets.randomToken(32);
    String csrf = Secrets.randomToken(32);
    Instant now = clock.instant();
    tx.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM sessions WHERE expires_at < :now").bind("now", now).execute();
          h.createUpdate(
                  "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, last_seen_at,"
                      + " expires_at) VALUES (:id, :u, :c, :now, :now, :exp)")
              .bind("id", Secrets.sha256(id))
              .bind("u", userId)
              .bind("c", csrf)
              .bind("now", now)
              .bind("exp", now.plus(absoluteTimeout))
              .execute();
        });
    return new Session(id, userId, csrf);
  }

  /** The live session for a cookie value; an idle or expired one is deleted and not returned. */
  public Optional<Session> find(String cookieValue) {
    if (cookieValue == null || cookieValue.length() != 43) {
      return Optional.empty();
    }
    byte[] idHash = Secrets.sha256(cookieValue);
    Instant now = clock.instant();
    return tx.inTransaction(
        h -> {
          var row =
              h.createQuery(
                      "SELECT user_id, csrf_token, last_seen_at, expires_at FROM sessions"
                          + " WHERE id_hash = :id")
                  .bind("id", idHash)
                  .map(
                      (rs, ctx) ->
                          new Row(
                              rs.getLong("user_id"),
                              rs.getString("csrf_token"),
                              rs.getTimestamp("last_seen_at").toInstant(),
                              rs.getTimestamp("expires_at").toInstant()))
                  .findOne();
          if (row.isEmpty()) {
            return Optional.<Session>empty();
          }
          Row r = row.get();
          if (r.expiresAt().isBefore(now) || r.lastSeenAt().plus(idleTimeout).isBefore(now)) {
            h.createUpdate("DELETE FROM sessions WHERE id_hash = :id").bind("id", idHash).execute();
            return Optional.<Session>empty();
          }
          if (r.lastSeenAt().plusSeconds(30).isBefore(now)) {
            h.createUpdate("UPDATE sessions SET last_seen_at = :now WHERE id_hash = :id")
                .bind("now", now)
                .bind("id", idHash)
                .execute();
          }
          return Optional.of(new Session(cookieValue, r.userId(), r.csrfToken()));
        });
  }

  public void close(String cookieValue) {
    if (cookieValue == null) {
      return;
    }
    tx.useTransaction(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE id_hash = :id")
                .bind("id", Secrets.sha256(cookieValue))
                .execute());
  }

  public void closeAllFor(long userId) {
    tx.useTransaction(
        h -> h.createUpdate("DELETE FROM sessions WHERE user_id = :u").bind("u", userId).execute());
  }

  private record Row(long userId, String csrfToken, Instant lastSeenAt, Instant expiresAt) {}
}
