package org.sovereign.supervision.aml;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.transfer.Party;
import org.sovereign.supervision.aml.transfer.Transfer;

/** Reads stored transfers back (the windows' durable log, and the console). */
final class TransferRows {
  private TransferRows() {}

  /** Transfers within {@code hours} of the newest one, in time order. */
  static List<Transfer> since(Handle h, int hours) {
    return h.createQuery(
            "SELECT * FROM transfers WHERE occurred_at > (SELECT max(occurred_at) FROM transfers)"
                + " - make_interval(hours => :h) ORDER BY occurred_at, id")
        .bind("h", Math.max(1, hours))
        .map(TransferRows::row)
        .list();
  }

  static java.util.Optional<Transfer> byRow(Handle h, long id) {
    return h.createQuery("SELECT * FROM transfers WHERE id = :id")
        .bind("id", id)
        .map(TransferRows::row)
        .findOne();
  }

  private static Transfer row(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Transfer(
        new OrgId(rs.getLong("org_id")),
        rs.getString("transfer_id"),
        rs.getString("asset"),
        rs.getLong("amount"),
        rs.getLong("value_usd_cents"),
        rs.getTimestamp("occurred_at").toInstant(),
        Transfer.Direction.valueOf(rs.getString("direction")),
        rs.getString("tx_ref"),
        rs.getString("counterparty_address"),
        rs.getString("originating_vasp"),
        rs.getString("beneficiary_vasp"),
        party(rs.getString("originator")),
        party(rs.getString("beneficiary")));
  }

  private static Party party(String json) {
    if (json == null) {
      return null;
    }
    try {
      return Json.mapper().readValue(json, Party.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalStateException("a stored party does not read back: " + e.getMessage(), e);
    }
  }
}
