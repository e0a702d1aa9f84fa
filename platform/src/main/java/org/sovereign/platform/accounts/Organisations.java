package org.sovereign.platform.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/** The organisations machine clients are scoped to, and their contact details. */
public final class Organisations {
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}";
  private static final String PHONE = "\\+?[0-9 ()-]{6,24}";

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public Organisations(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  public Organisation create(Actor actor, OrganisationKind kind, String name) {
    return tx.inTransaction(h -> create(h, actor, kind, name));
  }

  /** Creates an organisation inside the caller's transaction (for a pillar's own records). */
  public Organisation create(Handle h, Actor actor, OrganisationKind kind, String name) {
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.length() > 200) {
      throw DomainException.invalidField("name", "must be 1 to 200 characters");
    }
    boolean taken =
        h.createQuery(
                "SELECT count(*) > 0 FROM organisations WHERE kind = :k AND lower(name) ="
                    + " lower(:n)")
            .bind("k", kind.name())
            .bind("n", cleanName)
            .mapTo(Boolean.class)
            .one();
    if (taken) {
      throw DomainException.conflict(
          "organisation-exists", "an organisation of this kind named '" + cleanName + "' exists");
    }
    long id =
        h.createUpdate(
                "INSERT INTO organisations (kind, name, created_at, updated_at)"
                    + " VALUES (:k, :n, :now, :now)")
            .bind("k", kind.name())
            .bind("n", cleanName)
            .bind("now", clock.instant())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    audit.append(
        h,
        actor,
        "organisation.created",
        "organisation:" + id,
        Map.of("kind", kind.name(), "name", cleanName));
    return find(h, id).orElseThrow();
  }

  public Organisation updateContact(Actor actor, OrgId id, Organisation.Contact contact) {
    validate(contact);
    return tx.inTransaction(h -> updateContact(h, actor, id, contact));
  }

  /** Updates the contact inside the caller's transaction. */
  public Organisation updateContact(Handle h, Actor actor, OrgId id, Organisation.Contact contact) {
    Organisation.Contact clean = validate(contact);
    Organisation before = find(h, id.value()).orElseThrow(() -> notFound(id));
    h.createUpdate(
            "UPDATE organisations SET contact_name = :n, contact_email = :e, contact_phone = :p,"
                + " updated_at = :now WHERE id = :id")
        .bind("n", clean.name())
        .bind("e", clean.email())
        .bind("p", clean.phone())
        .bind("now", clock.instant())
        .bind("id", id.value())
        .execute();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("before", contactMap(before.contact()));
    detail.put("after", contactMap(clean));
    audit.append(h, actor, "organisation.contact-updated", "organisation:" + id, detail);
    return find(h, id.value()).orElseThrow();
  }

  public Optional<Organisation> byId(OrgId id) {
    return tx.read(h -> find(h, id.value()));
  }

  public List<Organisation> all() {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM organisations ORDER BY kind, name")
                .map(Organisations::row)
                .list());
  }

  public static DomainException notFound(OrgId id) {
    return DomainException.notFound("organisation " + id);
  }

  private static Optional<Organisation> find(org.jdbi.v3.core.Handle h, long id) {
    return h.createQuery("SELECT * FROM organisations WHERE id = :id")
        .bind("id", id)
        .map(Organisations::row)
        .findOne();
  }

  private static Organisation.Contact validate(Organisation.Contact contact) {
    if (contact == null) {
      throw DomainException.invalidField("contact", "is required");
    }
    String name = blankToNull(contact.name());
    String email = blankToNull(contact.email());
    String phone = blankToNull(contact.phone());
    if (name != null && name.length() > 200) {
      throw DomainException.invalidField("name", "must be at most 200 characters");
    }
    if (email != null && !email.matches(EMAIL)) {
      throw DomainException.invalidField("email", "is not an e-mail address: '" + email + "'");
    }
    if (phone != null && !phone.matches(PHONE)) {
      throw DomainException.invalidField("phone", "is not a phone number: '" + phone + "'");
    }
    return new Organisation.Contact(name, email, phone);
  }

  private static Map<String, Object> contactMap(Organisation.Contact c) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", c.name());
    map.put("email", c.email());
    map.put("phone", c.phone());
    return map;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Organisation row(ResultSet rs, StatementContext ctx) throws SQLException {
    return new Organisation(
        new OrgId(rs.getLong("id")),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        new Organisation.Contact(
            rs.getString("contact_name"),
            rs.getString("contact_email"),
            rs.getString("contact_phone")),
        UserRows.instant(rs.getTimestamp("created_at")),
        UserRows.instant(rs.getTimestamp("updated_at")));
  }
}
