package org.sovereign.supervision.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** Reads stored snapshots. */
final class SnapshotRows {
  private SnapshotRows() {}

  static Optional<Snapshot> byId(Handle h, long id) {
    return h.createQuery("SELECT * FROM liability_snapshots WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> snapshot(rs))
        .findOne();
  }

  static List<Snapshot> ofOrg(Handle h, OrgId org) {
    return h.createQuery(
            "SELECT * FROM liability_snapshots WHERE org_id = :o ORDER BY cutoff DESC, id DESC")
        .bind("o", org.value())
        .map((rs, ctx) -> snapshot(rs))
        .list();
  }

  private static Snapshot snapshot(ResultSet rs) throws SQLException {
    long leaves = rs.getLong("leaf_count");
    Long leafCount = rs.wasNull() ? null : leaves;
    int depth = rs.getInt("depth");
    Integer treeDepth = rs.wasNull() ? null : depth;
    return new Snapshot(
        rs.getLong("id"),
        new OrgId(rs.getLong("org_id")),
        rs.getTimestamp("cutoff").toInstant(),
        List.of(rs.getString("assets").split(",")),
        rs.getString("file_sha256"),
        rs.getLong("customers"),
        Arrays.stream(rs.getString("totals").split(",")).map(Long::valueOf).toList(),
        rs.getString("root_hash"),
        leafCount,
        treeDepth,
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant());
  }
}
