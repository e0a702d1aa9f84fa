package org.sovereign.supervision.reporting;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sovereign.supervision.solvency.SnapshotSecret;
import org.sovereign.supervision.solvency.SolvencyRoot;
import org.sovereign.supervision.solvency.SolvencyTreeBuilder;

/**
 * Builds a snapshot's Merkle-sum tree over its stored customers, in leaf order, streaming them from
 * PostgreSQL; the nodes are stored a chunk per row, in the same transaction as the snapshot.
 */
final class SnapshotTrees {
  private static final int FETCH = 8_192;

  void build(Handle h, long snapshotId, List<String> assets, byte[] secret, long[] totals) {
    SolvencyRoot root;
    try (SolvencyTreeBuilder builder =
        SolvencyTreeBuilder.start(
            SnapshotSecret.of(secret),
            assets,
            (level, chunk, nodes) -> store(h, snapshotId, level, chunk, nodes))) {
      h.createQuery(
              "SELECT leaf_index, customer_id, balances FROM snapshot_customers WHERE snapshot_id = :s ORDER BY leaf_index")
          .bind("s", snapshotId)
          .setFetchSize(FETCH)
          .map(
              (rs, ctx) ->
                  new LiabilityRow(rs.getLong(1), rs.getString(2), balances(rs.getArray(3))))
          .useStream(
              rows ->
                  rows.forEach(
                      row -> {
                        long leaf = builder.add(row.customerId(), row.balances());
                        if (leaf != row.line()) {
                          throw new IllegalStateException(
                              "leaf " + leaf + " built for stored leaf index " + row.line());
                        }
                      }));
      root = builder.finish();
    }
    for (int a = 0; a < totals.length; a++) {
      if (root.sums().get(a) != totals[a]) {
        throw new IllegalStateException(
            "the tree's " + assets.get(a) + " sum differs from the snapshot's total");
      }
    }
    h.createUpdate(
            "UPDATE liability_snapshots SET root_hash = :r, root_sums = :s, leaf_count = :l, depth = :d WHERE id = :id")
        .bind("r", root.hashHex())
        .bind("s", joined(root))
        .bind("l", root.leafCount())
        .bind("d", root.depth())
        .bind("id", snapshotId)
        .execute();
  }

  private static void store(Handle h, long snapshotId, int level, long chunk, byte[] nodes) {
    h.createUpdate(
            "INSERT INTO solvency_tree_chunks (snapshot_id, level, chunk, nodes) VALUES (:s, :l, :c, :n)")
        .bind("s", snapshotId)
        .bind("l", level)
        .bind("c", chunk)
        .bind("n", nodes)
        .execute();
  }

  private static String joined(SolvencyRoot root) {
    StringBuilder out = new StringBuilder();
    for (int a = 0; a < root.sums().size(); a++) {
      out.append(a == 0 ? "" : ",").append(root.sums().get(a));
    }
    return out.toString();
  }

  static long[] balances(Array array) throws SQLException {
    Object[] values = (Object[]) array.getArray();
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = ((Number) values[i]).longValue();
    }
    return out;
  }
}
