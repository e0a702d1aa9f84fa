package org.sovereign.supervision.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads register entries and transitions. */
final class RegisterRows {
  private RegisterRows() {}

  static Optional<VaspEntry> entry(Handle h, OrgId org) {
    return h.createQuery("SELECT * FROM vasp_register WHERE org_id = :o")
        .bind("o", org.value())
        .map((rs, ctx) -> entry(rs))
        .findOne();
  }

  static List<VaspEntry> entries(Handle h) {
    return h.createQuery("SELECT * FROM vasp_register ORDER BY legal_name")
        .map((rs, ctx) -> entry(rs))
        .list();
  }

  static Optional<Transition> transition(Handle h, long id) {
    return h.createQuery("SELECT * FROM license_transitions WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> transition(rs))
        .findOne();
  }

  static List<Transition> transitions(Handle h, OrgId org) {
    return h.createQuery("SELECT * FROM license_transitions WHERE org_id = :o ORDER BY id DESC")
        .bind("o", org.value())
        .map((rs, ctx) -> transition(rs))
        .list();
  }

  static List<Transition> pending(Handle h) {
    return h.createQuery("SELECT * FROM license_transitions WHERE state = 'PENDING' ORDER BY id")
        .map((rs, ctx) -> transition(rs))
        .list();
  }

  private static VaspEntry entry(ResultSet rs) throws SQLException {
    return new VaspEntry(
        new OrgId(rs.getLong("org_id")),
        rs.getString("legal_name"),
        rs.getString("registration_number"),
        rs.getString("lei"),
        LicenseCategory.valueOf(rs.getString("category")),
        List.of(rs.getString("services").split(";")),
        rs.getString("website"),
        rs.getString("conditions"),
        LicenseStatus.valueOf(rs.getString("status")),
        date(rs, "applied_on"),
        date(rs, "licensed_on"),
        date(rs, "status_since"),
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Transition transition(ResultSet rs) throws SQLException {
    return new Transition(
        rs.getLong("id"),
        new OrgId(rs.getLong("org_id")),
        LicenseStatus.valueOf(rs.getString("from_status")),
        LicenseStatus.valueOf(rs.getString("to_status")),
        rs.getString("reason"),
        rs.getString("conditions"),
        date(rs, "effective_on"),
        rs.getString("state"),
        rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(),
        rs.getString("decided_by"),
        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
        rs.getString("decision_note"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    var d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
