package org.sovereign.supervision.defi;

import java.math.BigInteger;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.sovereign.base.OrgId;
import org.sovereign.platform.db.Tx;

/** What the console shows of DeFi monitoring: progress, recent events, metric series, alerts. */
public final class DefiReads {
  /** Points per block where the value changed, or the last of each hour. */
  public enum Resolution {
    BLOCK,
    HOUR
  }

  /** A chain's progress: the checkpoint, and each platform's last processed block. */
  public record ChainStatus(
      long chainId,
      String name,
      String rpcUrl,
      int confirmations,
      Long checkpointBlock,
      String checkpointHash,
      Instant checkpointTime,
      List<PlatformProgress> platforms) {}

  public record PlatformProgress(OrgId orgId, int version, long startBlock, long syncedBlock) {}

  /** A decoded event as kept for the console. */
  public record DefiEvent(
      long chainId,
      OrgId orgId,
      long block,
      int logIndex,
      String txHash,
      Instant time,
      String contract,
      String kind,
      String summary) {}

  /** A point of a series: a value locked (quote units), an oracle answer, a balance. */
  public record MetricPoint(long block, Instant time, BigInteger value) {}

  /** An alert the monitor raised, with the case it opened. */
  public record DefiAlert(
      long chainId,
      OrgId orgId,
      String ruleId,
      String title,
      int score,
      String contract,
      long block,
      Instant time,
      String txHash,
      int logIndex,
      Long caseId,
      boolean orphaned,
      Instant raisedAt) {}

  private final Tx tx;

  public DefiReads(Tx tx) {
    this.tx = tx;
  }

  public List<ChainStatus> chains() {
    return tx.read(
        h ->
            h
                .createQuery("SELECT * FROM defi_chains ORDER BY chain_id")
                .map(
                    (rs, ctx) -> {
                      long block = rs.getLong("checkpoint_block");
                      return new ChainStatus(
                          rs.getLong("chain_id"),
                          rs.getString("name"),
                          rs.getString("rpc_url"),
                          rs.getInt("confirmations"),
                          rs.wasNull() ? null : block,
                          rs.getString("checkpoint_hash"),
                          instant(rs.getTimestamp("checkpoint_time")),
                          List.of());
                    })
                .list()
                .stream()
                .map(
                    c ->
                        new ChainStatus(
                            c.chainId(),
                            c.name(),
                            c.rpcUrl(),
                            c.confirmations(),
                            c.checkpointBlock(),
                            c.checkpointHash(),
                            c.checkpointTime(),
                            h.createQuery(
                                    "SELECT org_id, version, start_block, synced_block FROM defi_platforms"
                                        + " WHERE chain_id = :c ORDER BY org_id")
                                .bind("c", c.chainId())
                                .map(
                                    (rs, ctx) ->
                                        new PlatformProgress(
                                            new OrgId(rs.getLong("org_id")),
                                            rs.getInt("version"),
                                            rs.getLong("start_block"),
                                            rs.getLong("synced_block")))
                                .list()))
                .toList());
  }

  /** The platform's most recent decoded events on every chain, newest first. */
  public List<DefiEvent> events(OrgId org, int limit) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT * FROM defi_events WHERE org_id = :o"
                        + " ORDER BY block_number DESC, log_index DESC LIMIT :l")
                .bind("o", org.value())
                .bind("l", Math.max(1, Math.min(limit, 10_000)))
                .map(
                    (rs, ctx) ->
                        new DefiEvent(
                            rs.getLong("chain_id"),
                            new OrgId(rs.getLong("org_id")),
                            rs.getLong("block_number"),
                            rs.getInt("log_index"),
                            rs.getString("tx_hash"),
                            rs.getTimestamp("block_time").toInstant(),
                            rs.getString("contract"),
                            rs.getString("kind"),
                            rs.getString("summary")))
                .list());
  }

  /** Value locked of a pool or treasury (quote asset's smallest units) between two times. */
  public List<MetricPoint> valueLocked(
      OrgId org, long chainId, String contract, Instant from, Instant to, Resolution r) {
    return series(
        "defi_value_locked", "contract", "value", org, chainId, contract, null, from, to, r);
  }

  /** A pool's reserve of, or a treasury's balance in, {@code token} between two times. */
  public List<MetricPoint> balances(
      OrgId org,
      long chainId,
      String holder,
      String token,
      Instant from,
      Instant to,
      Resolution r) {
    return series("defi_balances", "holder", "balance", org, chainId, holder, token, from, to, r);
  }

  /** An oracle's answers (in its own decimals) between two times. */
  public List<MetricPoint> oracleAnswers(
      OrgId org, long chainId, String oracle, Instant from, Instant to, Resolution r) {
    return series(
        "defi_oracle_prices", "oracle", "answer", org, chainId, oracle, null, from, to, r);
  }

  /** The platform's alerts, newest first. */
  public List<DefiAlert> alerts(OrgId org, int limit) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT * FROM defi_alerts WHERE org_id = :o"
                        + " ORDER BY block_number DESC, log_index DESC LIMIT :l")
                .bind("o", org.value())
                .bind("l", Math.max(1, Math.min(limit, 10_000)))
                .map(
                    (rs, ctx) -> {
                      long caseId = rs.getLong("case_id");
                      Long kase = rs.wasNull() ? null : caseId;
                      return new DefiAlert(
                          rs.getLong("chain_id"),
                          new OrgId(rs.getLong("org_id")),
                          rs.getString("rule_id"),
                          rs.getString("title"),
                          rs.getInt("score"),
                          rs.getString("contract"),
                          rs.getLong("block_number"),
                          rs.getTimestamp("block_time").toInstant(),
                          rs.getString("tx_hash"),
                          rs.getInt("log_index"),
                          kase,
                          rs.getBoolean("orphaned"),
                          rs.getTimestamp("raised_at").toInstant());
                    })
                .list());
  }

  private List<MetricPoint> series(
      String table,
      String keyColumn,
      String valueColumn,
      OrgId org,
      long chainId,
      String key,
      String token,
      Instant from,
      Instant to,
      Resolution resolution) {
    String where =
        " WHERE chain_id = :c AND org_id = :o AND "
            + keyColumn
            + " = :k"
            + (token == null ? "" : " AND token = :t")
            + " AND block_time >= :from AND block_time < :to";
    String sql =
        resolution == Resolution.BLOCK
            ? "SELECT block_number, block_time, "
                + valueColumn
                + " FROM "
                + table
                + where
                + " ORDER BY block_number"
            : "SELECT * FROM (SELECT DISTINCT ON (date_trunc('hour', block_time)) block_number,"
                + " block_time, "
                + valueColumn
                + " FROM "
                + table
                + where
                + " ORDER BY date_trunc('hour', block_time), block_number DESC) s"
                + " ORDER BY block_number";
    return tx.read(
        h -> {
          var q =
              h.createQuery(sql)
                  .bind("c", chainId)
                  .bind("o", org.value())
                  .bind("k", key.toLowerCase(java.util.Locale.ROOT))
                  .bind("from", from)
                  .bind("to", to);
          if (token != null) {
            q.bind("t", token.toLowerCase(java.util.Locale.ROOT));
          }
          return q.map(
                  (rs, ctx) ->
                      new MetricPoint(
                          rs.getLong("block_number"),
                          rs.getTimestamp("block_time").toInstant(),
                          rs.getBigDecimal(valueColumn).toBigIntegerExact()))
              .list();
        });
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
