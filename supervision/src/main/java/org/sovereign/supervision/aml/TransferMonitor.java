package org.sovereign.supervision.aml;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.cases.AlertDraft;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.rules.Decision;
import org.sovereign.supervision.aml.rules.Rule;
import org.sovereign.supervision.aml.rules.RuleEngine;
import org.sovereign.supervision.aml.rules.RuleHit;
import org.sovereign.supervision.aml.rules.RuleSet;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * Transaction monitoring: reported transfers are stored (idempotent by the VASP's transfer id), run
 * through the active rule set, and their alerts raised, in one transaction per batch. The rule
 * windows live in memory; the stored transfers are their durable log, replayed at start, so a
 * restart loses nothing and counts nothing twice.
 */
public final class TransferMonitor {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Cases cases;
  private final Rule.Lookups lookups;
  private RuleEngine engine;

  public TransferMonitor(
      Tx tx, AuditLog audit, Clock clock, Cases cases, RuleSet rules, Rule.Lookups lookups) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.lookups = lookups;
    this.engine = rebuild(rules);
  }

  /** What a batch did: transfers stored, duplicates skipped, alerts raised (with their cases). */
  public record Result(int stored, int duplicates, List<Long> cases) {}

  public synchronized Result ingest(Actor actor, OrgId org, List<Transfer> transfers) {
    try {
      return tx.inTransaction(h -> store(h, actor, org, transfers));
    } catch (RuntimeException e) {
      engine = rebuild(engine.rules());
      throw e;
    }
  }

  /** Switches to another rule set (windows rebuilt from the stored transfers). */
  public synchronized void use(RuleSet rules) {
    engine = rebuild(rules);
  }

  /** A stored transfer by its row id (for reports). */
  public Transfer transfer(long rowId) {
    return tx.read(h -> TransferRows.byRow(h, rowId))
        .orElseThrow(() -> new IllegalStateException("no transfer row " + rowId));
  }

  public synchronized RuleSet rules() {
    return engine.rules();
  }

  private Result store(Handle h, Actor actor, OrgId org, List<Transfer> transfers) {
    Set<String> known = new HashSet<>(existing(h, org, transfers));
    List<Transfer> fresh = new ArrayList<>();
    for (Transfer t : transfers) {
      if (known.add(t.transferId())) {
        fresh.add(t);
      }
    }
    List<Long> ids = insert(h, fresh);
    List<Long> opened = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      Decision decision = engine.evaluate(fresh.get(i), lookups);
      for (Decision.Scored alert : decision.alerts()) {
        opened.add(cases.raise(h, draft(fresh.get(i), ids.get(i), alert)));
      }
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("stored", fresh.size());
    detail.put("duplicates", transfers.size() - fresh.size());
    detail.put("alerts", opened.size());
    detail.put("rules", engine.rules().version());
    audit.append(h, actor, "aml.transfers-reported", "vasp:" + org, detail);
    return new Result(fresh.size(), transfers.size() - fresh.size(), opened);
  }

  private static AlertDraft draft(Transfer t, long transferRow, Decision.Scored alert) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("transfer", t.transferId());
    facts.put("customer", t.customerKey());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleHit hit : alert.hits()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("rule", hit.ruleId());
      r.put("why", hit.description());
      r.put("score", hit.score());
      r.put("facts", new java.util.TreeMap<>(hit.facts()));
      rules.add(r);
    }
    facts.put("rules", rules);
    return new AlertDraft(
        t.orgId(),
        "rules",
        alert.typology().id(),
        alert.typology().name() + " · " + t.transferId(),
        alert.score(),
        Json.canonical(facts),
        transferRow);
  }

  private static List<String> existing(Handle h, OrgId org, List<Transfer> transfers) {
    return h.createQuery(
            "SELECT transfer_id FROM transfers WHERE org_id = :o AND transfer_id = ANY(:ids)")
        .bind("o", org.value())
        .bind("ids", transfers.stream().map(Transfer::transferId).toArray(String[]::new))
        .mapTo(String.class)
        .list();
  }

  private List<Long> insert(Handle h, List<Transfer> fresh) {
    if (fresh.isEmpty()) {
      return List.of();
    }
    var batch =
        h.prepareBatch(
            "INSERT INTO transfers (org_id, transfer_id, asset, amount, value_usd_cents, occurred_at,"
                + " direction, tx_ref, counterparty_address, originating_vasp, beneficiary_vasp,"
                + " originator, beneficiary, rules_version, received_at) VALUES (:o, :id, :a, :amt,"
                + " :usd, :at, :d, :tx, :cp, :ov, :bv, CAST(:orig AS jsonb), CAST(:ben AS jsonb), :rv, :now)");
    Instant now = clock.instant();
    for (Transfer t : fresh) {
      batch
          .bind("o", t.orgId().value())
          .bind("id", t.transferId())
          .bind("a", t.asset())
          .bind("amt", t.amount())
          .bind("usd", t.valueUsdCents())
          .bind("at", t.time())
          .bind("d", t.direction().name())
          .bind("tx", t.txRef())
          .bind("cp", t.counterpartyAddress())
          .bind("ov", t.originatingVasp())
          .bind("bv", t.beneficiaryVasp())
          .bind("orig", t.originator() == null ? null : Json.canonical(t.originator()))
          .bind("ben", t.beneficiary() == null ? null : Json.canonical(t.beneficiary()))
          .bind("rv", engine.rules().version())
          .bind("now", now)
          .add();
    }
    return batch.executePreparedBatch("id").mapTo(Long.class).list();
  }

  private RuleEngine rebuild(RuleSet rules) {
    RuleEngine fresh = new RuleEngine(rules);
    tx.read(h -> TransferRows.since(h, rules.horizonHours())).forEach(fresh::replay);
    return fresh;
  }
}
