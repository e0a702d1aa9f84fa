package org.sovereign.supervision.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.solvency.Amounts;
import org.sovereign.supervision.solvency.InclusionProofs;
import org.sovereign.supervision.solvency.NodeSource;
import org.sovereign.supervision.solvency.SnapshotSecret;
import org.sovereign.supervision.solvency.SolvencyRoot;

/**
 * Customers' inclusion proofs, built from a snapshot's stored tree: one customer's (for the VASP to
 * hand over, or a supervisor handling a complaint), or every customer's as NDJSON.
 */
public final class SnapshotProofs {
  private final Tx tx;

  public SnapshotProofs(Tx tx) {
    this.tx = tx;
  }

  /** The proof envelope (JSON) of {@code customerId} in snapshot {@code snapshot}. */
  public String of(Snapshot snapshot, String customerId) {
    return tx.read(
        h -> {
          Tree tree = tree(h, snapshot);
          var row =
              h.createQuery(
                      "SELECT leaf_index, balances FROM snapshot_customers WHERE snapshot_id = :s AND customer_id = :c")
                  .bind("s", snapshot.id())
                  .bind("c", customerId == null ? "" : customerId.strip())
                  .map(
                      (rs, ctx) ->
                          new LiabilityRow(
                              rs.getLong(1), customerId, SnapshotTrees.balances(rs.getArray(2))))
                  .findOne()
                  .orElseThrow(
                      () ->
                          DomainException.invalidField(
                              "customer", "no customer with this id in snapshot " + snapshot.id()));
          return tree.prove(row);
        });
  }

  /** Writes every customer's proof, one JSON object per line, in leaf order. */
  public void writeAll(Snapshot snapshot, Writer out) {
    tx.useTransaction(
        h -> {
          Tree tree = tree(h, snapshot);
          h.createQuery(
                  "SELECT leaf_index, customer_id, balances FROM snapshot_customers WHERE snapshot_id = :s ORDER BY leaf_index")
              .bind("s", snapshot.id())
              .setFetchSize(4_096)
              .map(
                  (rs, ctx) ->
                      new LiabilityRow(
                          rs.getLong(1), rs.getString(2), SnapshotTrees.balances(rs.getArray(3))))
              .useStream(
                  rows ->
                      rows.forEach(
                          row -> {
                            try {
                              out.write(
                                  Json.canonical(
                                      Map.of(
                                          "customer_id",
                                          row.customerId(),
                                          "proof",
                                          Json.mapper().readTree(tree.prove(row)))));
                              out.write('\n');
                            } catch (IOException e) {
                              throw new UncheckedIOException(e);
                            }
                          }));
        });
  }

  private static Tree tree(Handle h, Snapshot snapshot) {
    if (snapshot.rootHash() == null) {
      throw DomainException.conflict("no-tree", "snapshot " + snapshot.id() + " has no tree");
    }
    byte[] secret =
        h.createQuery("SELECT secret FROM liability_snapshots WHERE id = :s")
            .bind("s", snapshot.id())
            .mapTo(byte[].class)
            .one();
    String sums =
        h.createQuery("SELECT root_sums FROM liability_snapshots WHERE id = :s")
            .bind("s", snapshot.id())
            .mapTo(String.class)
            .one();
    long[] rootSums = java.util.Arrays.stream(sums.split(",")).mapToLong(Long::parseLong).toArray();
    SolvencyRoot root =
        SolvencyRoot.of(
            HexFormat.of().parseHex(snapshot.rootHash()),
            snapshot.assets(),
            Amounts.of(rootSums),
            snapshot.depth());
    return new Tree(new CachedChunks(h, snapshot.id()), root, SnapshotSecret.of(secret));
  }

  private record Tree(NodeSource nodes, SolvencyRoot root, SnapshotSecret secret) {
    String prove(LiabilityRow row) {
      return InclusionProofs.prove(
              nodes, root, secret, row.line(), row.customerId(), Amounts.of(row.balances()))
          .toEnvelope(root.assets());
    }
  }

  /** Reads chunks from the database, keeping the last one read per level (proofs in leaf order). */
  private static final class CachedChunks implements NodeSource {
    private final Handle h;
    private final long snapshot;
    private final Map<Integer, Map.Entry<Long, byte[]>> last = new HashMap<>();

    CachedChunks(Handle h, long snapshot) {
      this.h = h;
      this.snapshot = snapshot;
    }

    @Override
    public byte[] chunk(int level, long chunkIndex) {
      var cached = last.get(level);
      if (cached != null && cached.getKey() == chunkIndex) {
        return cached.getValue();
      }
      byte[] nodes =
          h.createQuery(
                  "SELECT nodes FROM solvency_tree_chunks WHERE snapshot_id = :s AND level = :l AND chunk = :c")
              .bind("s", snapshot)
              .bind("l", level)
              .bind("c", chunkIndex)
              .mapTo(byte[].class)
              .findOne()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "snapshot "
                              + snapshot
                              + " lacks tree chunk "
                              + level
                              + "/"
                              + chunkIndex));
      last.put(level, Map.entry(chunkIndex, nodes));
      return nodes;
    }
  }
}
