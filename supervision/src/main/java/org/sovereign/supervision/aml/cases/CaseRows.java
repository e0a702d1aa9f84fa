package org.sovereign.supervision.aml.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads cases, their events and alerts. */
final class CaseRows {
  private CaseRows() {}

  static Optional<Case> byId(Handle h, long id) {
    return h.createQuery("SELECT * FROM aml_cases WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> caseOf(rs))
        .findOne();
  }

  static List<Case> all(Handle h, boolean open) {
    return h.createQuery(
            "SELECT * FROM aml_cases"
                + (open ? " WHERE state <> 'CLOSED'" : "")
                + " ORDER BY (state = 'CLOSED'), due_at, id")
        .map((rs, ctx) -> caseOf(rs))
        .list();
  }

  static List<CaseEvent> events(Handle h, long caseId) {
    return h.createQuery(
            "SELECT id, at, actor, kind, text, file_name, file_type FROM aml_case_events WHERE case_id = :c ORDER BY id")
        .bind("c", caseId)
        .map(
            (rs, ctx) ->
                new CaseEvent(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  static List<Alert> alerts(Handle h, String where, Object value) {
    return h.createQuery("SELECT * FROM aml_alerts WHERE " + where + " ORDER BY id")
        .bind("v", value)
        .map((rs, ctx) -> alertOf(rs))
        .list();
  }

  private static Case caseOf(ResultSet rs) throws SQLException {
    long org = rs.getLong("org_id");
    OrgId orgId = rs.wasNull() ? null : new OrgId(org);
    return new Case(
        rs.getLong("id"),
        orgId,
        rs.getString("title"),
        rs.getString("state"),
        rs.getString("priority"),
        rs.getString("assignee"),
        rs.getTimestamp("opened_at").toInstant(),
        rs.getTimestamp("due_at").toInstant(),
        rs.getString("disposition"),
        rs.getString("closing_by"),
        rs.getString("closed_by"),
        instant(rs, "closed_at"));
  }

  private static Alert alertOf(ResultSet rs) throws SQLException {
    long org = rs.getLong("org_id");
    OrgId orgId = rs.wasNull() ? null : new OrgId(org);
    long transfer = rs.getLong("transfer_id");
    Long transferId = rs.wasNull() ? null : transfer;
    long c = rs.getLong("case_id");
    Long caseId = rs.wasNull() ? null : c;
    return new Alert(
        rs.getLong("id"),
        orgId,
        rs.getString("source"),
        rs.getString("typology"),
        rs.getString("title"),
        rs.getInt("score"),
        rs.getString("facts"),
        transferId,
        caseId,
        rs.getTimestamp("raised_at").toInstant());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
