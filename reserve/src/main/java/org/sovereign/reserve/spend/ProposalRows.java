package org.sovereign.reserve.spend;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads a spend proposal with its outputs and approvals. */
final class ProposalRows {
  private ProposalRows() {}

  static SpendProposal load(Handle h, long id) {
    List<Destination> outputs =
        h.createQuery(
                "SELECT address, amount_sat FROM spend_outputs WHERE proposal_id = :p ORDER BY n")
            .bind("p", id)
            .map((rs, ctx) -> new Destination(rs.getString(1), rs.getLong(2)))
            .list();
    List<String> approvers =
        h.createQuery(
                "SELECT approver FROM spend_approvals WHERE proposal_id = :p ORDER BY approved_at")
            .bind("p", id)
            .mapTo(String.class)
            .list();
    return h.createQuery("SELECT * FROM spend_proposals WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs, outputs, approvers))
        .one();
  }

  private static SpendProposal row(ResultSet rs, List<Destination> outputs, List<String> approvers)
      throws SQLException {
    long fee = rs.getLong("fee_sat");
    Long feeSat = rs.wasNull() ? null : fee;
    return new SpendProposal(
        rs.getLong("id"),
        rs.getLong("vault_id"),
        rs.getString("purpose"),
        rs.getString("authority_ref"),
        rs.getInt("fee_rate"),
        rs.getString("state"),
        rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(),
        outputs,
        approvers,
        rs.getBytes("psbt"),
        rs.getBytes("signed_psbt"),
        feeSat,
        rs.getString("txid"),
        rs.getString("decided_note"),
        rs.getBoolean("emergency"),
        rs.getTimestamp("unlocks_at") == null ? null : rs.getTimestamp("unlocks_at").toInstant(),
        rs.getString("decided_by"));
  }
}
