package org.sovereign.reserve.ledger;

import java.time.LocalDate;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.module.MiningRevenue;

/** Mining revenue from the acquisitions ledger: lots classified (and approved) as mining. */
public final class LedgerMiningRevenue implements MiningRevenue {
  private final Tx tx;

  public LedgerMiningRevenue(Tx tx) {
    this.tx = tx;
  }

  @Override
  public long satsFor(String site, LocalDate from, LocalDate to) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT coalesce(sum(value_sat), 0) FROM lots WHERE classification = 'MINING'"
                        + " AND details::jsonb->>'site' = :s"
                        + " AND (details::jsonb->>'acquired_on')::date >= :f AND (details::jsonb->>'acquired_on')::date < :t")
                .bind("s", site)
                .bind("f", from)
                .bind("t", to)
                .mapTo(Long.class)
                .one());
  }
}
