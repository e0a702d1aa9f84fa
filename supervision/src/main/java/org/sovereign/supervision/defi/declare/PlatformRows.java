package org.sovereign.supervision.defi.declare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.OrgId;

/** SQL for chains and platform declarations. */
final class PlatformRows {
  private static final List<String> DERIVED =
      List.of(
          "defi_events", "defi_flows", "defi_balances", "defi_value_locked", "defi_oracle_prices");

  private PlatformRows() {}

  static void upsertChain(Handle h, ChainConfig c, String by, Instant at) {
    h.createUpdate(
            "INSERT INTO defi_chains (chain_id, name, rpc_url, confirmations, declared_by, declared_at)"
                + " VALUES (:id, :n, :u, :d, :by, :at) ON CONFLICT (chain_id) DO UPDATE SET"
                + " name = :n, rpc_url = :u, confirmations = :d, declared_by = :by, declared_at = :at")
        .bind("id", c.chainId())
        .bind("n", c.name())
        .bind("u", c.rpcUrl())
        .bind("d", c.confirmations())
        .bind("by", by)
        .bind("at", at)
        .execute();
  }

  static Optional<ChainConfig> chain(Handle h, long id) {
    return h.createQuery("SELECT * FROM defi_chains WHERE chain_id = :id")
        .bind("id", id)
        .map((rs, ctx) -> chain(rs))
        .findOne();
  }

  static List<ChainConfig> chains(Handle h) {
    return h.createQuery("SELECT * FROM defi_chains ORDER BY chain_id")
        .map((rs, ctx) -> chain(rs))
        .list();
  }

  static int version(Handle h, OrgId org, long chain) {
    return h.createQuery(
            "SELECT coalesce(max(version), 0) FROM defi_platforms WHERE org_id = :o AND chain_id = :c")
        .bind("o", org.value())
        .bind("c", chain)
        .mapTo(Integer.class)
        .one();
  }

  /** Stores a (new version of a) declaration; derived rows start over from its start block. */
  static void replace(Handle h, Platform p) {
    h.createUpdate(
            "INSERT INTO defi_platforms (org_id, chain_id, version, start_block, baseline_block,"
                + " synced_block, synced_time, declared_by, declared_at)"
                + " VALUES (:o, :c, :v, :s, :b, :s - 1, NULL, :by, :at)"
                + " ON CONFLICT (org_id, chain_id) DO UPDATE SET version = :v, start_block = :s,"
                + " baseline_block = :b, synced_block = :s - 1, synced_time = NULL,"
                + " declared_by = :by, declared_at = :at")
        .bind("o", p.orgId().value())
        .bind("c", p.chainId())
        .bind("v", p.version())
        .bind("s", p.startBlock())
        .bind("b", p.baselineBlock())
        .bind("by", p.declaredBy())
        .bind("at", p.declaredAt())
        .execute();
    for (String table : List.of("defi_contracts", "defi_admins")) {
      delete(h, table, p.orgId(), p.chainId());
    }
    for (String table : DERIVED) {
      delete(h, table, p.orgId(), p.chainId());
    }
    for (int i = 0; i < p.contracts().size(); i++) {
      insertContract(h, p, i, p.contracts().get(i));
    }
    for (Admin a : p.admins()) {
      h.createUpdate(
              "INSERT INTO defi_admins (org_id, chain_id, address, label) VALUES (:o, :c, :a, :l)")
          .bind("o", p.orgId().value())
          .bind("c", p.chainId())
          .bind("a", a.address())
          .bind("l", a.label())
          .execute();
    }
  }

  private static void delete(Handle h, String table, OrgId org, long chain) {
    h.createUpdate("DELETE FROM " + table + " WHERE org_id = :o AND chain_id = :c")
        .bind("o", org.value())
        .bind("c", chain)
        .execute();
  }

  private static void insertContract(Handle h, Platform p, int position, DeclaredContract c) {
    var update =
        h.createUpdate(
                "INSERT INTO defi_contracts (org_id, chain_id, position, address, kind, label, symbol,"
                    + " decimals, scope, token0, token1, quote_token, priced_token, tokens)"
                    + " VALUES (:o, :c, :p, :a, :k, :l, :sy, :d, :sc, :t0, :t1, :q, :pt, :ts)")
            .bind("o", p.orgId().value())
            .bind("c", p.chainId())
            .bind("p", position)
            .bind("a", c.address())
            .bind("k", c.kind().name())
            .bind("l", c.label())
            .bindNull("sy", java.sql.Types.VARCHAR)
            .bindNull("d", java.sql.Types.INTEGER)
            .bindNull("sc", java.sql.Types.VARCHAR)
            .bindNull("t0", java.sql.Types.VARCHAR)
            .bindNull("t1", java.sql.Types.VARCHAR)
            .bindNull("q", java.sql.Types.VARCHAR)
            .bindNull("pt", java.sql.Types.VARCHAR)
            .bindNull("ts", java.sql.Types.VARCHAR);
    switch (c) {
      case DeclaredContract.Token t ->
          update.bind("sy", t.symbol()).bind("d", t.decimals()).bind("sc", t.scope().name());
      case DeclaredContract.Pool pool ->
          update.bind("t0", pool.token0()).bind("t1", pool.token1()).bind("q", pool.quote());
      case DeclaredContract.Oracle o -> update.bind("d", o.decimals()).bind("pt", o.token());
      case DeclaredContract.Treasury t ->
          update.bind("ts", String.join(";", t.tokens())).bind("q", t.quote());
      case DeclaredContract.Proxy x -> {}
    }
    update.execute();
  }

  static Optional<Platform> platform(Handle h, OrgId org, long chain) {
    return platforms(h, "p.org_id = :o AND p.chain_id = :c", org.value(), chain).stream()
        .findFirst();
  }

  static List<Platform> platforms(Handle h, long chain) {
    return platforms(h, "p.chain_id = :c", null, chain);
  }

  static List<Platform> all(Handle h) {
    return platforms(h, "TRUE", null, null);
  }

  private static List<Platform> platforms(Handle h, String where, Long org, Long chain) {
    var query =
        h.createQuery(
            "SELECT * FROM defi_platforms p WHERE " + where + " ORDER BY p.chain_id, p.org_id");
    if (org != null) {
      query.bind("o", org);
    }
    if (chain != null) {
      query.bind("c", chain);
    }
    List<Platform> heads =
        query
            .map(
                (rs, ctx) ->
                    new Platform(
                        new OrgId(rs.getLong("org_id")),
                        rs.getLong("chain_id"),
                        rs.getInt("version"),
                        rs.getLong("start_block"),
                        rs.getLong("baseline_block"),
                        List.of(),
                        List.of(),
                        rs.getString("declared_by"),
                        rs.getTimestamp("declared_at").toInstant()))
            .list();
    List<Platform> full = new ArrayList<>();
    for (Platform p : heads) {
      full.add(
          new Platform(
              p.orgId(),
              p.chainId(),
              p.version(),
              p.startBlock(),
              p.baselineBlock(),
              contracts(h, p),
              admins(h, p),
              p.declaredBy(),
              p.declaredAt()));
    }
    return full;
  }

  private static List<DeclaredContract> contracts(Handle h, Platform p) {
    return h.createQuery(
            "SELECT * FROM defi_contracts WHERE org_id = :o AND chain_id = :c ORDER BY position")
        .bind("o", p.orgId().value())
        .bind("c", p.chainId())
        .map((rs, ctx) -> contract(rs))
        .list();
  }

  private static List<Admin> admins(Handle h, Platform p) {
    return h.createQuery(
            "SELECT * FROM defi_admins WHERE org_id = :o AND chain_id = :c ORDER BY address")
        .bind("o", p.orgId().value())
        .bind("c", p.chainId())
        .map((rs, ctx) -> new Admin(rs.getString("address"), rs.getString("label")))
        .list();
  }

  private static DeclaredContract contract(ResultSet rs) throws SQLException {
    String address = rs.getString("address");
    String label = rs.getString("label");
    return switch (ContractKind.valueOf(rs.getString("kind"))) {
      case TOKEN ->
          new DeclaredContract.Token(
              address,
              label,
              rs.getString("symbol"),
              rs.getInt("decimals"),
              TokenScope.valueOf(rs.getString("scope")));
      case POOL ->
          new DeclaredContract.Pool(
              address,
              label,
              rs.getString("token0"),
              rs.getString("token1"),
              rs.getString("quote_token"));
      case ORACLE ->
          new DeclaredContract.Oracle(
              address, label, rs.getInt("decimals"), rs.getString("priced_token"));
      case TREASURY ->
          new DeclaredContract.Treasury(
              address,
              label,
              Arrays.asList(rs.getString("tokens").split(";")),
              rs.getString("quote_token"));
      case PROXY -> new DeclaredContract.Proxy(address, label);
    };
  }

  private static ChainConfig chain(ResultSet rs) throws SQLException {
    return new ChainConfig(
        rs.getLong("chain_id"),
        rs.getString("name"),
        rs.getString("rpc_url"),
        rs.getInt("confirmations"));
  }
}
