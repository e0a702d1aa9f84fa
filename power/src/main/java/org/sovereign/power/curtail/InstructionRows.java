package org.sovereign.power.curtail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads stored instructions. */
final class InstructionRows {
  private InstructionRows() {}

  static List<InstructionRecord> ofCurtailment(Handle h, String curtailment) {
    return h.createQuery(
            "SELECT * FROM curtail_instructions WHERE curtailment_id = :c AND kind = 'SHED' ORDER BY id")
        .bind("c", curtailment)
        .map((rs, ctx) -> of(rs))
        .list();
  }

  static InstructionRecord of(ResultSet rs) throws SQLException {
    long baseline = rs.getLong("baseline_kw");
    Long baselineKw = rs.wasNull() ? null : baseline;
    long delivered = rs.getLong("delivered_kw");
    Long deliveredKw = rs.wasNull() ? null : delivered;
    boolean compliant = rs.getBoolean("compliant");
    Boolean checked = rs.wasNull() ? null : compliant;
    long penalty = rs.getLong("penalty_paisa");
    Long penaltyPaisa = rs.wasNull() ? null : penalty;
    return new InstructionRecord(
        rs.getString("id"),
        rs.getString("curtailment_id"),
        new OrgId(rs.getLong("site_id")),
        rs.getLong("kw"),
        rs.getTimestamp("deadline").toInstant(),
        rs.getString("payload"),
        rs.getString("signature"),
        rs.getString("state"),
        rs.getInt("attempts"),
        baselineKw,
        deliveredKw,
        checked,
        penaltyPaisa);
  }
}
