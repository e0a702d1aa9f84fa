package org.sovereign.supervision.defi.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.defi.rpc.BlockHeader;

/** SQL for following: a chain's checkpoint, platforms' progress, block hashes, rollback. */
public final class FollowRows {
  private static final List<String> DERIVED =
      List.of(
          "defi_events", "defi_flows", "defi_balances", "defi_value_locked", "defi_oracle_prices");

  /** A chain's checkpoint: the last block processed for the platforms in step (null: none). */
  public record Checkpoint(
      long chainId, int confirmations, Long block, String hash, Instant time) {}

  /** A platform's progress on a chain. */
  public record Cursor(OrgId orgId, int version, long syncedBlock, Instant syncedTime) {}

  /** A processed block as stored. */
  public record StoredBlock(long number, String hash, Instant time) {}

  private FollowRows() {}

  public static Optional<Checkpoint> checkpoint(Handle h, long chain, boolean lock) {
    return h.createQuery(
            "SELECT * FROM defi_chains WHERE chain_id = :c" + (lock ? " FOR UPDATE" : ""))
        .bind("c", chain)
        .map((rs, ctx) -> checkpoint(rs))
        .findOne();
  }

  public static List<Cursor> cursors(Handle h, long chain, boolean lock) {
    return h.createQuery(
            "SELECT org_id, version, synced_block, synced_time FROM defi_platforms"
                + " WHERE chain_id = :c ORDER BY org_id"
                + (lock ? " FOR UPDATE" : ""))
        .bind("c", chain)
        .map(
            (rs, ctx) ->
                new Cursor(
                    new OrgId(rs.getLong("org_id")),
                    rs.getInt("version"),
                    rs.getLong("synced_block"),
                    instant(rs.getTimestamp("synced_time"))))
        .list();
  }

  public static void moveCheckpoint(Handle h, long chain, Long block, String hash, Instant time) {
    h.createUpdate(
            "UPDATE defi_chains SET checkpoint_block = :b, checkpoint_hash = :h,"
                + " checkpoint_time = :t WHERE chain_id = :c")
        .bind("b", block)
        .bind("h", hash)
        .bind("t", time)
        .bind("c", chain)
        .execute();
  }

  public static void movePlatform(Handle h, long chain, OrgId org, long block, Instant time) {
    h.createUpdate(
            "UPDATE defi_platforms SET synced_block = :b, synced_time = coalesce(:t, synced_time)"
                + " WHERE chain_id = :c AND org_id = :o")
        .bind("b", block)
        .bind("t", time)
        .bind("c", chain)
        .bind("o", org.value())
        .execute();
  }

  public static void storeBlocks(Handle h, long chain, List<BlockHeader> headers) {
    var batch =
        h.prepareBatch(
            "INSERT INTO defi_blocks (chain_id, block_number, block_hash, block_time)"
                + " VALUES (:c, :n, :h, :t) ON CONFLICT (chain_id, block_number)"
                + " DO UPDATE SET block_hash = :h, block_time = :t");
    for (BlockHeader b : headers) {
      batch
          .bind("c", chain)
          .bind("n", b.number())
          .bind("h", b.hash())
          .bind("t", b.timestamp())
          .add();
    }
    if (!headers.isEmpty()) {
      batch.execute();
    }
  }

  /** Forgets hashes of blocks below {@code below} (reorganisations never reach that deep). */
  public static void pruneBlocks(Handle h, long chain, long below) {
    h.createUpdate("DELETE FROM defi_blocks WHERE chain_id = :c AND block_number < :b")
        .bind("c", chain)
        .bind("b", below)
        .execute();
  }

  /** Stored block hashes at or below {@code upTo}, newest first. */
  public static List<StoredBlock> recentBlocks(Handle h, long chain, long upTo, int limit) {
    return h.createQuery(
            "SELECT block_number, block_hash, block_time FROM defi_blocks WHERE chain_id = :c"
                + " AND block_number <= :u ORDER BY block_number DESC LIMIT :l")
        .bind("c", chain)
        .bind("u", upTo)
        .bind("l", limit)
        .map(
            (rs, ctx) ->
                new StoredBlock(
                    rs.getLong("block_number"),
                    rs.getString("block_hash"),
                    rs.getTimestamp("block_time").toInstant()))
        .list();
  }

  /**
   * Undoes everything derived from blocks above {@code fork}: their rows are deleted, alerts raised
   * from them are marked orphaned (their cases stay), platforms and the checkpoint move back.
   */
  public static void rollback(Handle h, long chain, long fork, String forkHash, Instant forkTime) {
    for (String table : DERIVED) {
      h.createUpdate("DELETE FROM " + table + " WHERE chain_id = :c AND block_number > :f")
          .bind("c", chain)
          .bind("f", fork)
          .execute();
    }
    h.createUpdate("DELETE FROM defi_blocks WHERE chain_id = :c AND block_number > :f")
        .bind("c", chain)
        .bind("f", fork)
        .execute();
    h.createUpdate(
            "UPDATE defi_alerts SET orphaned = true WHERE chain_id = :c AND block_number > :f")
        .bind("c", chain)
        .bind("f", fork)
        .execute();
    h.createUpdate(
            "UPDATE defi_platforms SET synced_block = greatest(start_block - 1, :f),"
                + " synced_time = :t WHERE chain_id = :c AND synced_block > :f")
        .bind("c", chain)
        .bind("f", fork)
        .bind("t", forkTime)
        .execute();
    moveCheckpoint(h, chain, fork, forkHash, forkTime);
  }

  private static Checkpoint checkpoint(ResultSet rs) throws SQLException {
    long block = rs.getLong("checkpoint_block");
    return new Checkpoint(
        rs.getLong("chain_id"),
        rs.getInt("confirmations"),
        rs.wasNull() ? null : block,
        rs.getString("checkpoint_hash"),
        instant(rs.getTimestamp("checkpoint_time")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
