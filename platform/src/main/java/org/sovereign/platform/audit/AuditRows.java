package org.sovereign.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.statement.StatementContext;

final class AuditRows {
  private AuditRows() {}

  static AuditEntry entry(ResultSet rs, StatementContext ctx) throws SQLException {
    return new AuditEntry(
        rs.getLong("seq"),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("object"),
        rs.getString("detail"),
        rs.getBytes("digest"),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"));
  }
}
