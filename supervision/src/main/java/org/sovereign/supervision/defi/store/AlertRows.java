package org.sovereign.supervision.defi.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.cases.AlertDraft;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.rules.Effects;

/** Raises findings as alerts (and cases), once per chain, platform, log, rule and contract. */
public final class AlertRows {
  public static final String SOURCE = "defi";

  private AlertRows() {}

  /**
   * Raises the finding unless its key was raised before; returns the new case id, or -1. A key
   * raised before on a branch a reorganisation orphaned, whose transaction landed again on the new
   * branch, is the same alert: it is marked current again (its case was never closed), with its new
   * block.
   */
  public static long raise(Handle h, Cases cases, long chain, Effects.Finding f, Instant now) {
    boolean fresh =
        h.createQuery(
                "INSERT INTO defi_alerts (chain_id, org_id, tx_hash, log_index, rule_id, contract,"
                    + " block_number, block_time, title, score, raised_at)"
                    + " VALUES (:c, :o, :tx, :li, :r, :ct, :b, :bt, :ti, :s, :now)"
                    + " ON CONFLICT (chain_id, org_id, tx_hash, log_index, rule_id, contract) DO UPDATE"
                    + " SET orphaned = false, block_number = EXCLUDED.block_number,"
                    + " block_time = EXCLUDED.block_time WHERE defi_alerts.orphaned"
                    + " RETURNING (xmax = 0)")
            .bind("c", chain)
            .bind("o", f.orgId())
            .bind("tx", f.txHash())
            .bind("li", f.logIndex())
            .bind("r", f.ruleId())
            .bind("ct", f.contract())
            .bind("b", f.block())
            .bind("bt", f.time())
            .bind("ti", f.title())
            .bind("s", f.score())
            .bind("now", now)
            .mapTo(Boolean.class)
            .findOne()
            .orElse(false);
    if (!fresh) {
      return -1;
    }
    long caseId =
        cases.raise(
            h,
            new AlertDraft(
                new OrgId(f.orgId()),
                SOURCE,
                f.typology(),
                f.title(),
                f.score(),
                Json.canonical(f.facts()),
                null));
    h.createUpdate(
            "UPDATE defi_alerts SET case_id = :k WHERE chain_id = :c AND org_id = :o"
                + " AND tx_hash = :tx AND log_index = :li AND rule_id = :r AND contract = :ct")
        .bind("k", caseId)
        .bind("c", chain)
        .bind("o", f.orgId())
        .bind("tx", f.txHash())
        .bind("li", f.logIndex())
        .bind("r", f.ruleId())
        .bind("ct", f.contract())
        .execute();
    return caseId;
  }
}
