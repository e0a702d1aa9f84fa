package org.sovereign.power.payouts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Pool payouts reported by mining sites: a batch is stored whole or not at all; a payout already
 * stored with the same amount and reference is skipped (re-sending is safe), with another one it is
 * a conflict naming the pool and period.
 */
public final class PoolPayouts {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public PoolPayouts(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Stores the batch for {@code site}; returns how many payouts were new. */
  public int report(Actor actor, OrgId site, List<PoolPayout> payouts) {
    return tx.inTransaction(
        h -> {
          int stored = 0;
          long sats = 0;
          for (PoolPayout p : payouts) {
            Optional<PoolPayout> existing = stored(h, site, p.pool(), p.periodStart());
            if (existing.isPresent()) {
              if (!existing.get().equals(p)) {
                throw DomainException.conflict(
                    "payout-differs",
                    "a payout from "
                        + p.pool()
                        + " for "
                        + p.periodStart()
                        + " is stored with "
                        + existing.get().sats()
                        + " sat, not "
                        + p.sats());
              }
              continue;
            }
            insert(h, site, p, actor);
            stored++;
            sats += p.sats();
          }
          audit.append(
              h,
              actor,
              "power.payouts-reported",
              "site:" + site,
              Map.of("payouts", stored, "sats", sats));
          return stored;
        });
  }

  /** The site's payouts whose period starts in [{@code from}, {@code to}), oldest first. */
  public List<PoolPayout> of(OrgId site, LocalDate from, LocalDate to) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT pool, period_start, period_end, sats, reference FROM pool_payouts"
                        + " WHERE site_id = :s AND period_start >= :f AND period_start < :t"
                        + " ORDER BY period_start, pool")
                .bind("s", site.value())
                .bind("f", from)
                .bind("t", to)
                .map(
                    (rs, ctx) ->
                        new PoolPayout(
                            rs.getString(1),
                            rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class),
                            rs.getLong(4),
                            rs.getString(5)))
                .list());
  }

  private static Optional<PoolPayout> stored(Handle h, OrgId site, String pool, LocalDate start) {
    return h.createQuery(
            "SELECT pool, period_start, period_end, sats, reference FROM pool_payouts"
                + " WHERE site_id = :s AND pool = :p AND period_start = :d")
        .bind("s", site.value())
        .bind("p", pool)
        .bind("d", start)
        .map(
            (rs, ctx) ->
                new PoolPayout(
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getLong(4),
                    rs.getString(5)))
        .findOne();
  }

  private void insert(Handle h, OrgId site, PoolPayout p, Actor actor) {
    h.createUpdate(
            "INSERT INTO pool_payouts (site_id, pool, period_start, period_end, sats, reference,"
                + " reported_by, reported_at) VALUES (:s, :p, :f, :t, :sats, :r, :by, :at)")
        .bind("s", site.value())
        .bind("p", p.pool())
        .bind("f", p.periodStart())
        .bind("t", p.periodEnd())
        .bind("sats", p.sats())
        .bind("r", p.reference())
        .bind("by", actor.label())
        .bind("at", clock.instant())
        .execute();
  }
}
