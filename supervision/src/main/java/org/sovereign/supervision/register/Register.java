package org.sovereign.supervision.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Organisation;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Organisations;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * The licensing register: applications, and license transitions proposed by one supervisor and
 * approved by another. Every change is written to the audit chain in its transaction.
 */
public final class Register {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Organisations organisations;

  public Register(Tx tx, AuditLog audit, Clock clock, Organisations organisations) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.organisations = organisations;
  }

  /** Records an application: a new VASP organisation, in the register as applied. */
  public VaspEntry apply(Actor actor, Application a) {
    if (a == null) {
      throw DomainException.invalidField("body", "an application is required");
    }
    String legalName = ApplicationCheck.text(a.legal_name(), "legal_name", 200);
    String registration = ApplicationCheck.text(a.registration_number(), "registration_number", 64);
    String lei = ApplicationCheck.lei(a.lei());
    LicenseCategory category = ApplicationCheck.category(a.category());
    List<String> services = ApplicationCheck.services(a.services());
    String website = ApplicationCheck.website(a.website());
    LocalDate appliedOn = ApplicationCheck.date(a.applied_on(), "applied_on", today(), today());
    var contact = new Organisation.Contact(a.contact_name(), a.contact_email(), a.contact_phone());
    return tx.inTransaction(
        h -> {
          Organisation org = organisations.create(h, actor, OrganisationKind.VASP, legalName);
          if (a.contact_name() != null || a.contact_email() != null || a.contact_phone() != null) {
            organisations.updateContact(h, actor, org.id(), contact);
          }
          h.createUpdate(
                  "INSERT INTO vasp_register (org_id, legal_name, registration_number, lei, category, services,"
                      + " website, status, applied_on, status_since, created_by, created_at)"
                      + " VALUES (:o, :n, :r, :l, :c, :s, :w, 'APPLIED', :d, :d, :by, :at)")
              .bind("o", org.id().value())
              .bind("n", legalName)
              .bind("r", registration)
              .bind("l", lei)
              .bind("c", category.name())
              .bind("s", String.join(";", services))
              .bind("w", website)
              .bind("d", appliedOn)
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("legal_name", legalName);
          detail.put("category", category.slug());
          detail.put("services", services);
          audit.append(h, actor, "license.applied", "vasp:" + org.id(), detail);
          return RegisterRows.entry(h, org.id()).orElseThrow();
        });
  }

  /** Proposes a transition; it takes effect when a second supervisor approves it. */
  public Transition propose(Actor actor, OrgId org, TransitionRequest request) {
    VaspEntry entry = byOrg(org).orElseThrow(() -> notFound(org));
    LicenseStatus to;
    try {
      to = LicenseStatus.parse(request == null ? null : request.to());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("to", e.getMessage());
    }
    if (!entry.status().canMoveTo(to)) {
      throw DomainException.invalidField(
          "to",
          "a license that is "
              + entry.status().slug()
              + " can move to "
              + (entry.status().next().isEmpty()
                  ? "nothing (final)"
                  : entry.status().next().stream().map(LicenseStatus::slug).toList())
              + ", not "
              + to.slug());
    }
    String reason = ApplicationCheck.text(request.reason(), "reason", 2000);
    String conditions = ApplicationCheck.optional(request.conditions(), "conditions", 4000);
    LocalDate effective =
        ApplicationCheck.date(request.effective_on(), "effective_on", today(), today());
    return tx.inTransaction(
        h -> {
          boolean pending =
              h.createQuery(
                      "SELECT count(*) > 0 FROM license_transitions WHERE org_id = :o AND state = 'PENDING'")
                  .bind("o", org.value())
                  .mapTo(Boolean.class)
                  .one();
          if (pending) {
            throw DomainException.conflict(
                "transition-pending",
                "a transition of this license is already waiting for approval");
          }
          long id =
              h.createUpdate(
                      "INSERT INTO license_transitions (org_id, from_status, to_status, reason, conditions,"
                          + " effective_on, state, proposed_by, proposed_at)"
                          + " VALUES (:o, :f, :t, :r, :c, :e, 'PENDING', :by, :at)")
                  .bind("o", org.value())
                  .bind("f", entry.status().name())
                  .bind("t", to.name())
                  .bind("r", reason)
                  .bind("c", conditions)
                  .bind("e", effective)
                  .bind("by", actor.label())
                  .bind("at", clock.instant())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("from", entry.status().slug());
          detail.put("to", to.slug());
          detail.put("reason", reason);
          audit.append(h, actor, "license.transition-proposed", "vasp:" + org, detail);
          return RegisterRows.transition(h, id).orElseThrow();
        });
  }

  /** A second supervisor's approval: the transition takes effect in the same transaction. */
  public Transition approve(Actor actor, long transitionId, String note) {
    return decide(actor, transitionId, true, note);
  }

  /** A second supervisor's rejection, with a reason; the license stays as it was. */
  public Transition reject(Actor actor, long transitionId, String note) {
    ApplicationCheck.text(note, "note", 2000);
    return decide(actor, transitionId, false, note);
  }

  private Transition decide(Actor actor, long id, boolean approve, String note) {
    return tx.inTransaction(
        h -> {
          Transition t =
              RegisterRows.transition(h, id)
                  .orElseThrow(() -> DomainException.notFound("transition " + id));
          if (!t.state().equals("PENDING")) {
            throw DomainException.conflict(
                "already-decided", "transition " + id + " was already " + t.state().toLowerCase());
          }
          if (t.proposedBy().equals(actor.label())) {
            throw new DomainException(
                403,
                "four-eyes",
                "a second supervisor must decide a transition you proposed",
                null);
          }
          h.createUpdate(
                  "UPDATE license_transitions SET state = :s, decided_by = :by, decided_at = :at,"
                      + " decision_note = :n WHERE id = :id")
              .bind("s", approve ? "APPROVED" : "REJECTED")
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .bind("n", note == null || note.isBlank() ? null : note.strip())
              .bind("id", id)
              .execute();
          if (approve) {
            applyTransition(h, t);
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("transition", id);
          detail.put("from", t.from().slug());
          detail.put("to", t.to().slug());
          audit.append(
              h,
              actor,
              approve ? "license.transition-approved" : "license.transition-rejected",
              "vasp:" + t.orgId(),
              detail);
          return RegisterRows.transition(h, id).orElseThrow();
        });
  }

  private static void applyTransition(Handle h, Transition t) {
    LicenseStatus current = RegisterRows.entry(h, t.orgId()).map(VaspEntry::status).orElseThrow();
    if (current != t.from()) {
      throw DomainException.conflict(
          "status-changed",
          "the license is now " + current.slug() + ", not " + t.from().slug() + " as proposed");
    }
    h.createUpdate(
            "UPDATE vasp_register SET status = :s, status_since = :e,"
                + " licensed_on = CASE WHEN :s = 'LICENSED' THEN coalesce(licensed_on, :e) ELSE licensed_on END,"
                + " conditions = CASE WHEN :s = 'LICENSED' AND :c IS NOT NULL THEN :c ELSE conditions END"
                + " WHERE org_id = :o")
        .bind("s", t.to().name())
        .bind("e", t.effectiveOn())
        .bind("c", t.conditions())
        .bind("o", t.orgId().value())
        .execute();
  }

  public Optional<VaspEntry> byOrg(OrgId org) {
    return tx.read(h -> RegisterRows.entry(h, org));
  }

  public List<VaspEntry> all() {
    return tx.read(RegisterRows::entries);
  }

  /** What the public register lists: VASPs that hold or have held a license. */
  public List<VaspEntry> publicEntries() {
    return all().stream().filter(VaspEntry::isPublic).toList();
  }

  public List<Transition> transitions(OrgId org) {
    return tx.read(h -> RegisterRows.transitions(h, org));
  }

  public Transition transition(long id) {
    return tx.read(h -> RegisterRows.transition(h, id))
        .orElseThrow(() -> DomainException.notFound("transition " + id));
  }

  public List<Transition> pending() {
    return tx.read(RegisterRows::pending);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static DomainException notFound(OrgId org) {
    return DomainException.notFound("VASP " + org);
  }
}
