package org.sovereign.supervision.aml.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Alerts and the cases they open: assign, comment, attach evidence, escalate, and close with a
 * disposition confirmed by a second person. Each case has an SLA by priority; every step is in the
 * audit chain.
 */
public final class Cases {
  public static final Set<String> DISPOSITIONS =
      Set.of("STR_FILED", "NO_ACTION", "FALSE_POSITIVE", "REFERRED");
  private static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public Cases(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** Raises an alert in the caller's transaction, opening a case for it. */
  public long raise(Handle h, AlertDraft a) {
    String priority = a.score() >= 100 ? "HIGH" : a.score() >= 70 ? "MEDIUM" : "LOW";
    Instant now = clock.instant();
    long caseId =
        h.createUpdate(
                "INSERT INTO aml_cases (org_id, title, state, priority, opened_at, due_at)"
                    + " VALUES (:o, :t, 'OPEN', :p, :now, :due)")
            .bind("o", a.orgId() == null ? null : a.orgId().value())
            .bind("t", a.title())
            .bind("p", priority)
            .bind("now", now)
            .bind("due", now.plus(sla(priority)))
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    long alertId =
        h.createUpdate(
                "INSERT INTO aml_alerts (org_id, source, typology, title, score, facts, transfer_id, case_id, raised_at)"
                    + " VALUES (:o, :s, :ty, :t, :sc, CAST(:f AS jsonb), :tr, :c, :now)")
            .bind("o", a.orgId() == null ? null : a.orgId().value())
            .bind("s", a.source())
            .bind("ty", a.typology())
            .bind("t", a.title())
            .bind("sc", a.score())
            .bind("f", a.factsJson())
            .bind("tr", a.transferId())
            .bind("c", caseId)
            .bind("now", now)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("alert", alertId);
    detail.put("typology", a.typology());
    detail.put("score", a.score());
    audit.append(h, Actor.SYSTEM, "aml.alert-raised", "case:" + caseId, detail);
    return caseId;
  }

  static Duration sla(String priority) {
    return switch (priority) {
      case "HIGH" -> Duration.ofHours(24);
      case "MEDIUM" -> Duration.ofHours(72);
      default -> Duration.ofDays(7);
    };
  }

  public Case assign(Actor actor, long id, String assignee) {
    String who = required(assignee, "assignee", 200);
    return change(actor, id, "ASSIGNED", who, h -> update(h, id, "assignee = :v", who));
  }

  public Case comment(Actor actor, long id, String text) {
    return change(actor, id, "COMMENT", required(text, "text", 10_000), h -> {});
  }

  public Case attach(Actor actor, long id, String fileName, String type, byte[] bytes) {
    String name = required(fileName, "file", 200);
    if (bytes == null || bytes.length == 0 || bytes.length > MAX_EVIDENCE_BYTES) {
      throw DomainException.invalidField("file", "evidence must be 1 byte to 5 MB");
    }
    return tx.inTransaction(
        h -> {
          Case c = open(h, id);
          h.createUpdate(
                  "INSERT INTO aml_case_events (case_id, at, actor, kind, text, file_name, file_type, file_bytes)"
                      + " VALUES (:c, :at, :a, 'EVIDENCE', :t, :n, :ty, :b)")
              .bind("c", c.id())
              .bind("at", clock.instant())
              .bind("a", actor.label())
              .bind("t", bytes.length + " bytes")
              .bind("n", name)
              .bind("ty", type == null ? "application/octet-stream" : type)
              .bind("b", bytes)
              .execute();
          audit.append(
              h,
              actor,
              "aml.case-evidence",
              "case:" + id,
              Map.of("file", name, "bytes", bytes.length));
          return CaseRows.byId(h, id).orElseThrow();
        });
  }

  public Case escalate(Actor actor, long id, String reason) {
    String why = required(reason, "reason", 2_000);
    return change(
        actor,
        id,
        "ESCALATED",
        why,
        h -> {
          update(h, id, "state = 'ESCALATED', priority = 'HIGH'", null);
          update(h, id, "due_at = :v", clock.instant().plus(sla("HIGH")));
        });
  }

  /** First person's closing: the disposition waits for a second person's confirmation. */
  public Case proposeClose(Actor actor, long id, String disposition, String note) {
    String d =
        disposition == null ? "" : disposition.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (!DISPOSITIONS.contains(d)) {
      throw DomainException.invalidField("disposition", "must be one of " + DISPOSITIONS);
    }
    String text = required(note, "note", 10_000);
    return change(
        actor,
        id,
        "CLOSE_PROPOSED",
        d + ": " + text,
        h -> {
          update(h, id, "state = 'CLOSING', disposition = :v", d);
          update(h, id, "closing_by = :v", actor.label());
        });
  }

  /** The second person confirms (closes) or sends the case back to work. */
  public Case decideClose(Actor actor, long id, boolean confirm, String note) {
    return tx.inTransaction(
        h -> {
          Case c = CaseRows.byId(h, id).orElseThrow(() -> DomainException.notFound("case " + id));
          if (!"CLOSING".equals(c.state())) {
            throw DomainException.conflict(
                "not-closing", "case " + id + " is not waiting to be closed");
          }
          if (actor.label().equals(c.closingBy())) {
            throw new DomainException(
                403, "four-eyes", "a second person must confirm the closing", null);
          }
          if (confirm) {
            h.createUpdate(
                    "UPDATE aml_cases SET state = 'CLOSED', closed_by = :a, closed_at = :at WHERE id = :id")
                .bind("a", actor.label())
                .bind("at", clock.instant())
                .bind("id", id)
                .execute();
          } else {
            update(h, id, "state = 'OPEN', disposition = NULL, closing_by = NULL", null);
          }
          event(h, actor, id, confirm ? "CLOSED" : "CLOSE_REJECTED", note);
          audit.append(
              h,
              actor,
              confirm ? "aml.case-closed" : "aml.case-close-rejected",
              "case:" + id,
              Map.of("disposition", String.valueOf(c.disposition())));
          return CaseRows.byId(h, id).orElseThrow();
        });
  }

  public List<Case> all(boolean openOnly) {
    return tx.read(h -> CaseRows.all(h, openOnly));
  }

  public Case byId(long id) {
    return tx.read(h -> CaseRows.byId(h, id))
        .orElseThrow(() -> DomainException.notFound("case " + id));
  }

  public List<CaseEvent> events(long id) {
    return tx.read(h -> CaseRows.events(h, id));
  }

  public List<Alert> alerts(long caseId) {
    return tx.read(h -> CaseRows.alerts(h, "case_id = :v", caseId));
  }

  public List<Alert> recentAlerts(int limit) {
    return tx.read(
        h ->
            CaseRows.alerts(
                h, "id > (SELECT coalesce(max(id), 0) FROM aml_alerts) - :v", (long) limit));
  }

  public Instant now() {
    return clock.instant();
  }

  private Case change(
      Actor actor, long id, String kind, String text, java.util.function.Consumer<Handle> update) {
    return tx.inTransaction(
        h -> {
          open(h, id);
          update.accept(h);
          event(h, actor, id, kind, text);
          audit.append(
              h,
              actor,
              "aml.case-" + kind.toLowerCase(Locale.ROOT).replace('_', '-'),
              "case:" + id,
              Map.of());
          return CaseRows.byId(h, id).orElseThrow();
        });
  }

  private Case open(Handle h, long id) {
    Case c = CaseRows.byId(h, id).orElseThrow(() -> DomainException.notFound("case " + id));
    if ("CLOSED".equals(c.state())) {
      throw DomainException.conflict("case-closed", "case " + id + " is closed");
    }
    return c;
  }

  private void event(Handle h, Actor actor, long id, String kind, String text) {
    h.createUpdate(
            "INSERT INTO aml_case_events (case_id, at, actor, kind, text) VALUES (:c, :at, :a, :k, :t)")
        .bind("c", id)
        .bind("at", clock.instant())
        .bind("a", actor.label())
        .bind("k", kind)
        .bind("t", text)
        .execute();
  }

  private static void update(Handle h, long id, String set, Object value) {
    var update = h.createUpdate("UPDATE aml_cases SET " + set + " WHERE id = :id").bind("id", id);
    if (set.contains(":v")) {
      update.bind("v", value);
    }
    update.execute();
  }

  private static String required(String value, String field, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw DomainException.invalidField(field, "must be 1 to " + max + " characters");
    }
    return clean;
  }
}
