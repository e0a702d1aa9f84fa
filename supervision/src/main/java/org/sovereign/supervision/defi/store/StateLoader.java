package org.sovereign.supervision.defi.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.PlatformIndex;
import org.sovereign.supervision.defi.rules.PlatformState;

/**
 * Rebuilds a platform's rule state from its stored rows, as of its last processed block: latest
 * balances, baseline reserves, the value and flow windows, oracle answers, roles and owners (from
 * the stored governance events) and the windowed rules' recent alerts.
 */
public final class StateLoader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private StateLoader() {}

  public static PlatformState load(
      Handle h, long chainId, PlatformIndex index, DefiRules rules, FollowRows.Cursor cursor) {
    Platform p = index.platform();
    PlatformState state =
        new PlatformState(index, rules, cursor.syncedBlock(), cursor.syncedTime());
    Scope s = new Scope(h, chainId, p.orgId().value());
    s.query(
            "SELECT DISTINCT ON (holder, token) holder, token, balance FROM defi_balances"
                + " WHERE chain_id = :c AND org_id = :o ORDER BY holder, token, block_number DESC")
        .map(
            (rs, ctx) -> {
              state.loadBalance(
                  rs.getString("holder"), rs.getString("token"), big(rs.getBigDecimal("balance")));
              return 1;
            })
        .list();
    state.seeded(
        p.startBlock() == 0
            || cursor.syncedBlock() >= p.startBlock()
            || s.query(
                    "SELECT count(*) > 0 FROM defi_balances WHERE chain_id = :c AND org_id = :o"
                        + " AND block_number = :b")
                .bind("b", p.startBlock() - 1)
                .mapTo(Boolean.class)
                .one());
    if (cursor.syncedBlock() >= p.baselineBlock()) {
      for (DeclaredContract.Pool pool : p.contracts(DeclaredContract.Pool.class)) {
        baseline(s, state, pool, p.baselineBlock());
      }
    }
    Instant synced = cursor.syncedTime() == null ? Instant.EPOCH : cursor.syncedTime();
    values(s, state, synced.minus(longest(rules)));
    s.query(
            "SELECT holder, block_time, outflow, inflow FROM defi_flows WHERE chain_id = :c"
                + " AND org_id = :o AND block_time > :since ORDER BY block_number")
        .bind("since", synced.minus(rules.largeOutflow().window()))
        .map(
            (rs, ctx) -> {
              state.loadFlow(
                  rs.getString("holder"),
                  rs.getTimestamp("block_time").toInstant(),
                  big(rs.getBigDecimal("outflow")),
                  big(rs.getBigDecimal("inflow")));
              return 1;
            })
        .list();
    s.query(
            "SELECT DISTINCT ON (oracle) oracle, answer FROM defi_oracle_prices WHERE chain_id = :c"
                + " AND org_id = :o ORDER BY oracle, block_number DESC")
        .map(
            (rs, ctx) -> {
              state.loadAnswer(rs.getString("oracle"), big(rs.getBigDecimal("answer")));
              return 1;
            })
        .list();
    governance(s, state);
    s.query(
            "SELECT rule_id, contract, block_time FROM defi_alerts WHERE chain_id = :c"
                + " AND org_id = :o AND NOT orphaned AND rule_id IN (<rules>)")
        .bindList(
            "rules",
            List.of(
                rules.largeOutflow().meta().id(),
                rules.valueLockedDrop().meta().id(),
                rules.poolImbalance().meta().id()))
        .map(
            (rs, ctx) -> {
              state.loadAlert(
                  rs.getString("rule_id"),
                  rs.getString("contract"),
                  rs.getTimestamp("block_time").toInstant());
              return 1;
            })
        .list();
    return state;
  }

  private static void baseline(Scope s, PlatformState state, DeclaredContract.Pool pool, long at) {
    for (String sql :
        List.of(
            "block_number <= :b ORDER BY token, block_number DESC",
            "block_number > :b ORDER BY token, block_number ASC")) {
      List<BigInteger[]> rows =
          s.query(
                  "SELECT DISTINCT ON (token) token, balance FROM defi_balances WHERE chain_id = :c"
                      + " AND org_id = :o AND holder = :h AND balance > 0 AND "
                      + sql)
              .bind("h", pool.address())
              .bind("b", at)
              .map(
                  (rs, ctx) ->
                      new BigInteger[] {
                        rs.getString("token").equals(pool.token0())
                            ? BigInteger.ZERO
                            : BigInteger.ONE,
                        big(rs.getBigDecimal("balance"))
                      })
              .list();
      if (rows.size() == 2) {
        BigInteger[] r = new BigInteger[2];
        rows.forEach(row -> r[row[0].intValue()] = row[1]);
        state.loadBaselineReserves(pool.address(), r[0], r[1]);
        return;
      }
    }
  }

  private static void values(Scope s, PlatformState state, Instant since) {
    s.query(
            "SELECT contract, block_time, value FROM defi_value_locked v WHERE chain_id = :c"
                + " AND org_id = :o AND (block_time > :since OR block_number = (SELECT max(block_number)"
                + " FROM defi_value_locked w WHERE w.chain_id = v.chain_id AND w.org_id = v.org_id"
                + " AND w.contract = v.contract AND w.block_time <= :since))"
                + " ORDER BY contract, block_number")
        .bind("since", since)
        .map(
            (rs, ctx) -> {
              state.loadValue(
                  rs.getString("contract"),
                  rs.getTimestamp("block_time").toInstant(),
                  big(rs.getBigDecimal("value")));
              return 1;
            })
        .list();
  }

  private static void governance(Scope s, PlatformState state) {
    s.query(
            "SELECT block_number, contract, kind, detail FROM defi_events WHERE chain_id = :c"
                + " AND org_id = :o AND detail IS NOT NULL AND kind IN"
                + " ('OWNERSHIP_TRANSFERRED', 'ROLE_GRANTED', 'ROLE_REVOKED')"
                + " ORDER BY block_number, log_index")
        .map(
            (rs, ctx) -> {
              JsonNode d = json(rs.getString("detail"));
              long block = rs.getLong("block_number");
              String contract = rs.getString("contract");
              String kind = rs.getString("kind");
              if (kind.equals("OWNERSHIP_TRANSFERRED")) {
                state.loadOwner(contract, d.path("owner").asText(), block);
              } else {
                state.loadRole(
                    contract,
                    d.path("role").asText(),
                    d.path("account").asText(),
                    kind.equals("ROLE_GRANTED"),
                    block);
              }
              return 1;
            })
        .list();
  }

  private static Duration longest(DefiRules rules) {
    Duration a = rules.largeOutflow().window();
    Duration b = rules.valueLockedDrop().window();
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalStateException("stored event detail is not JSON: " + text, e);
    }
  }

  private static BigInteger big(java.math.BigDecimal d) {
    return d.toBigIntegerExact();
  }

  /** Queries bound to one platform on one chain. */
  private record Scope(Handle h, long chain, long org) {
    org.jdbi.v3.core.statement.Query query(String sql) {
      return h.createQuery(sql).bind("c", chain).bind("o", org);
    }
  }
}
