package org.sovereign.power.metering;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Stored meter readings: a batch is stored whole or not at all; a reading already stored with the
 * same value is skipped (re-sending is safe), with another value it is an error.
 */
public final class Readings {
  private final Tx tx;
  private final AuditLog audit;

  public Readings(Tx tx, AuditLog audit) {
    this.tx = tx;
    this.audit = audit;
  }

  /** Stores the batch; returns how many readings were new (estimated ones included). */
  public int store(Actor actor, OrgId site, List<Reading> readings) {
    return tx.inTransaction(
        h -> {
          int stored = 0;
          for (Reading r : readings) {
            Optional<Long> existing =
                h.createQuery("SELECT kw FROM meter_readings WHERE site_id = :s AND at = :a")
                    .bind("s", site.value())
                    .bind("a", r.at())
                    .mapTo(Long.class)
                    .findOne();
            if (existing.isPresent()) {
              if (existing.get() != r.kw() && !r.estimated()) {
                throw DomainException.conflict(
                    "reading-differs",
                    "a reading at "
                        + r.at()
                        + " is stored with "
                        + existing.get()
                        + " kW, not "
                        + r.kw());
              }
              continue;
            }
            h.createUpdate(
                    "INSERT INTO meter_readings (site_id, at, kw, estimated) VALUES (:s, :a, :k, :e)")
                .bind("s", site.value())
                .bind("a", r.at())
                .bind("k", r.kw())
                .bind("e", r.estimated())
                .execute();
            stored++;
          }
          audit.append(
              h,
              actor,
              "power.readings-stored",
              "site:" + site,
              Map.of(
                  "readings",
                  stored,
                  "estimated",
                  readings.stream().filter(Reading::estimated).count()));
          return stored;
        });
  }

  /**
   * Every site's last reading in ({@code at} − {@code fresh}, {@code at}], by site id: the loads
   * dispatch starts from, in one query.
   */
  public Map<Long, Long> latestLoads(Instant at, java.time.Duration fresh) {
    Map<Long, Long> loads = new java.util.HashMap<>();
    tx.read(
            h ->
                h.createQuery(
                        "SELECT DISTINCT ON (site_id) site_id, kw FROM meter_readings"
                            + " WHERE at <= :a AND at > :f ORDER BY site_id, at DESC")
                    .bind("a", at)
                    .bind("f", at.minus(fresh))
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .list())
        .forEach(e -> loads.put(e.getKey(), e.getValue()));
    return loads;
  }

  /** The last reading at or before {@code at}. */
  public Optional<Reading> atOrBefore(OrgId site, Instant at) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT at, kw, estimated FROM meter_readings WHERE site_id = :s AND at <= :a ORDER BY at DESC LIMIT 1")
                .bind("s", site.value())
                .bind("a", at)
                .map(
                    (rs, ctx) ->
                        new Reading(
                            rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getBoolean(3)))
                .findOne());
  }

  /** The first reading at or after {@code from} and before {@code until}. */
  public Optional<Reading> firstBetween(OrgId site, Instant from, Instant until) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT at, kw, estimated FROM meter_readings WHERE site_id = :s AND at >= :f AND at < :u ORDER BY at LIMIT 1")
                .bind("s", site.value())
                .bind("f", from)
                .bind("u", until)
                .map(
                    (rs, ctx) ->
                        new Reading(
                            rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getBoolean(3)))
                .findOne());
  }
}
