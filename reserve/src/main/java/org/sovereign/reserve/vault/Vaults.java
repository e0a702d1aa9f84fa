package org.sovereign.reserve.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.descriptor.KeyOrigin;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/** Registering vaults, issuing their receive addresses in order, and reading them back. */
public final class Vaults {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Network network;
  private final Supplier<Optional<ChainWatch>> chain;

  public Vaults(
      Tx tx, AuditLog audit, Clock clock, Network network, Supplier<Optional<ChainWatch>> chain) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.network = network;
    this.chain = chain;
  }

  public Network network() {
    return network;
  }

  public Vault create(Actor actor, NewVault input) {
    String name = required("name", input.name(), 100);
    String purpose = required("purpose", input.purpose(), 500);
    VaultDescriptor descriptor = VaultDescriptor.analyse(input.descriptor(), network);
    int gap = input.gap_limit() == null ? 20 : input.gap_limit();
    if (input.birth_height() != null && input.birth_height() < 0) {
      throw DomainException.invalidField("birth_height", "must be a block height (0 or more)");
    }
    if (gap < 1 || gap > 10_000) {
      throw DomainException.invalidField("gap_limit", "must be between 1 and 10000");
    }
    if (input.quorum() == null || input.quorum() != descriptor.quorum()) {
      throw DomainException.invalidField(
          "quorum",
          "the descriptor requires "
              + descriptor.quorum()
              + " signature(s), not "
              + input.quorum());
    }
    List<Custodian> custodians = checkCustodians(input.custodians(), descriptor.fingerprints());
    long id =
        tx.inTransaction(
            h -> {
              if (h.createQuery(
                          "SELECT count(*) FROM vaults WHERE lower(name) = lower(:n) OR receive_descriptor = :r")
                      .bind("n", name)
                      .bind("r", descriptor.receive().toString())
                      .mapTo(Long.class)
                      .one()
                  > 0) {
                throw DomainException.conflict(
                    "vault-exists", "a vault with this name or this descriptor already exists");
              }
              long vaultId =
                  insert(h, actor, name, purpose, input.descriptor().strip(), descriptor, gap);
              for (int i = 0; i < custodians.size(); i++) {
                Custodian c = custodians.get(i);
                h.createUpdate(
                        "INSERT INTO vault_custodians (vault_id, position, name, fingerprint, key_location) VALUES (:v, :p, :n, :f, :l)")
                    .bind("v", vaultId)
                    .bind("p", i)
                    .bind("n", c.name())
                    .bind("f", c.fingerprint())
                    .bind("l", c.keyLocation())
                    .execute();
              }
              Map<String, Object> detail = new LinkedHashMap<>();
              detail.put("name", name);
              detail.put("descriptor", descriptor.receive().toString());
              detail.put("policy", descriptor.quorum() + "-of-" + custodians.size());
              detail.put(
                  "custodians",
                  custodians.stream().map(c -> c.name() + " " + c.fingerprint()).toList());
              audit.append(h, actor, "vault.created", "vault:" + vaultId, detail);
              return vaultId;
            });
    Vault vault = byId(id).orElseThrow();
    watch(vault);
    if (input.birth_height() != null) {
      chain
          .get()
          .ifPresent(
              index -> {
                if (input.birth_height() <= index.indexedHeight()) {
                  index.rewindTo(input.birth_height() - 1);
                }
              });
    }
    return vault;
  }

  /** Starts watching every vault on the chain index (idempotent; run at start and on creation). */
  public void watchAll() {
    all().forEach(this::watch);
  }

  private void watch(Vault vault) {
    chain
        .get()
        .ifPresent(
            watch -> {
              watch.watchDescriptor(
                  vault.receiveDescriptor(), "vault:" + vault.id() + ":receive", vault.gapLimit());
              watch.watchDescriptor(
                  vault.changeDescriptor(), "vault:" + vault.id() + ":change", vault.gapLimit());
            });
  }

  private long insert(
      Handle h, Actor actor, String name, String purpose, String text, VaultDescriptor d, int gap) {
    return h.createUpdate(
            "INSERT INTO vaults (name, purpose, descriptor, receive_descriptor, change_descriptor, network, quorum,"
                + " key_count, gap_limit, created_by, created_at) VALUES (:n, :p, :d, :r, :c, :net, :q, :k, :g, :by, :at)")
        .bind("n", name)
        .bind("p", purpose)
        .bind("d", text)
        .bind("r", d.receive().toString())
        .bind("c", d.change().toString())
        .bind("net", network.name())
        .bind("q", d.quorum())
        .bind("k", d.fingerprints().size())
        .bind("g", gap)
        .bind("by", actor.label())
        .bind("at", clock.instant())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  private static List<Custodian> checkCustodians(
      List<Custodian> custodians, Set<String> fingerprints) {
    if (custodians == null || custodians.isEmpty()) {
      throw DomainException.invalidField(
          "custodians", "name the custodian of each of the " + fingerprints.size() + " keys");
    }
    List<Custodian> clean = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < custodians.size(); i++) {
      Custodian c = custodians.get(i);
      String field = "custodians[" + i + "]";
      if (c == null) {
        throw DomainException.invalidField(field, "is empty");
      }
      String fingerprint =
          c.fingerprint() == null ? "" : c.fingerprint().strip().toLowerCase(java.util.Locale.ROOT);
      if (!fingerprints.contains(fingerprint)) {
        throw DomainException.invalidField(
            field + ".fingerprint",
            "'"
                + fingerprint
                + "' is not one of the descriptor's key fingerprints "
                + fingerprints);
      }
      if (!seen.add(fingerprint)) {
        throw DomainException.invalidField(
            field + ".fingerprint", "'" + fingerprint + "' is named twice");
      }
      clean.add(
          new Custodian(
              required(field + ".name", c.name(), 100),
              fingerprint,
              required(field + ".key_location", c.keyLocation(), 200)));
    }
    if (!seen.equals(fingerprints)) {
      Set<String> missing = new HashSet<>(fingerprints);
      missing.removeAll(seen);
      throw DomainException.invalidField("custodians", "no custodian named for key(s) " + missing);
    }
    return clean;
  }

  private static String required(String field, String value, int max) {
    String clean = value == null ? "" : value.strip();
    if (clean.isEmpty() || clean.length() > max) {
      throw DomainException.invalidField(field, "must be 1 to " + max + " characters");
    }
    return clean;
  }

  /** Issues the next receive address of the vault, in order, and records who asked for it. */
  public IssuedAddress issueReceiveAddress(Actor actor, long vaultId, String label) {
    Vault vault = byId(vaultId).orElseThrow(() -> DomainException.notFound("vault " + vaultId));
    Descriptor receive = Descriptor.parse(vault.receiveDescriptor(), network);
    return tx.inTransaction(
        h -> {
          h.createQuery("SELECT id FROM vaults WHERE id = :id FOR UPDATE")
              .bind("id", vaultId)
              .mapTo(Long.class)
              .one();
          int index =
              h.createQuery(
                      "SELECT coalesce(max(idx) + 1, 0) FROM vault_addresses WHERE vault_id = :v")
                  .bind("v", vaultId)
                  .mapTo(Integer.class)
                  .one();
          String address = receive.address(index, network);
          String cleanLabel = label == null || label.isBlank() ? null : label.strip();
          h.createUpdate(
                  "INSERT INTO vault_addresses (vault_id, idx, address, label, issued_by, issued_at) VALUES (:v, :i, :a, :l, :by, :at)")
              .bind("v", vaultId)
              .bind("i", index)
              .bind("a", address)
              .bind("l", cleanLabel)
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("index", index);
          detail.put("address", address);
          detail.put("label", cleanLabel);
          audit.append(h, actor, "vault.address-issued", "vault:" + vaultId, detail);
          return addresses(h, receive, vaultId).getLast();
        });
  }

  public List<IssuedAddress> addresses(long vaultId) {
    Vault vault = byId(vaultId).orElseThrow(() -> DomainException.notFound("vault " + vaultId));
    Descriptor receive = Descriptor.parse(vault.receiveDescriptor(), network);
    return tx.read(h -> addresses(h, receive, vaultId));
  }

  private static List<IssuedAddress> addresses(Handle h, Descriptor receive, long vaultId) {
    return h.createQuery("SELECT * FROM vault_addresses WHERE vault_id = :v ORDER BY idx")
        .bind("v", vaultId)
        .map(
            (rs, ctx) -> {
              int index = rs.getInt("idx");
              List<String> paths =
                  receive.keyOrigins(index).stream()
                      .map(o -> "[" + o.fingerprintHex() + "] " + o.pathText())
                      .toList();
              return new IssuedAddress(
                  vaultId,
                  index,
                  rs.getString("address"),
                  rs.getString("label"),
                  rs.getString("issued_by"),
                  rs.getTimestamp("issued_at").toInstant(),
                  paths);
            })
        .list();
  }

  public Optional<Vault> byId(long id) {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM vaults WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> vault(h, rs))
                .findOne());
  }

  public List<Vault> all() {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM vaults ORDER BY name")
                .map((rs, ctx) -> vault(h, rs))
                .list());
  }

  private static Vault vault(Handle h, ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    List<Custodian> custodians =
        h.createQuery(
                "SELECT name, fingerprint, key_location FROM vault_custodians WHERE vault_id = :v ORDER BY position")
            .bind("v", id)
            .map((r, c) -> new Custodian(r.getString(1), r.getString(2), r.getString(3)))
            .list();
    return new Vault(
        id,
        rs.getString("name"),
        rs.getString("purpose"),
        rs.getString("descriptor"),
        rs.getString("receive_descriptor"),
        rs.getString("change_descriptor"),
        Network.valueOf(rs.getString("network")),
        rs.getInt("quorum"),
        rs.getInt("key_count"),
        rs.getInt("gap_limit"),
        custodians,
        rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant());
  }

  /** For the reserve's own key listing: each key's origin at a receive index. */
  public List<KeyOrigin> keyOrigins(Vault vault, int index) {
    return Descriptor.parse(vault.receiveDescriptor(), network).keyOrigins(index);
  }
}
