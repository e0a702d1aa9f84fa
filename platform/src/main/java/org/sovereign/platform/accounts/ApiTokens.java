package org.sovereign.platform.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * API tokens for machine clients. The secret is shown once, when issued; only its SHA-256 is stored
 * (tokens carry 256 random bits, so a fast hash is enough), and a revoked token stops working at
 * once.
 */
public final class ApiTokens {
  private static final String PREFIX = "sov_";
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;

  public ApiTokens(Tx tx, AuditLog audit, Clock clock) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
  }

  /** A newly issued token and its secret, which is not stored and cannot be shown again. */
  public record Issued(ApiToken token, String secret) {}

  public Issued issue(Actor actor, ClientKind kind, OrgId orgId, String name) {
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.length() > 100) {
      throw DomainException.invalidField("name", "must be 1 to 100 characters");
    }
    if (kind.scoped() != (orgId != null)) {
      throw DomainException.invalidField(
          "organisation",
          kind.scoped()
              ? "a " + kind.slug() + " token must be scoped to an organisation"
              : "a " + kind.slug() + " token is not scoped to an organisation");
    }
    String secret = PREFIX + Secrets.randomToken(32);
    return tx.inTransaction(
        h -> {
          if (orgId != null) {
            requireOrganisationOfKind(h, orgId, kind.organisationKind());
          }
          long id =
              h.createUpdate(
                      "INSERT INTO api_tokens (client_kind, org_id, name, token_hash, token_prefix,"
                          + " created_by, created_at) VALUES (:k, :o, :n, :h, :p, :by, :now)")
                  .bind("k", kind.name())
                  .bind("o", orgId == null ? null : orgId.value())
                  .bind("n", cleanName)
                  .bind("h", Secrets.sha256(secret))
                  .bind("p", secret.substring(0, 10))
                  .bind("by", actor.label())
                  .bind("now", clock.instant())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("kind", kind.name());
          detail.put("organisation", orgId == null ? null : orgId.value());
          detail.put("name", cleanName);
          audit.append(h, actor, "token.issued", "token:" + id, detail);
          return new Issued(find(h, id).orElseThrow(), secret);
        });
  }

  public ApiToken revoke(Actor actor, long tokenId) {
    return tx.inTransaction(
        h -> {
          ApiToken token =
              find(h, tokenId).orElseThrow(() -> DomainException.notFound("token " + tokenId));
          if (token.revoked()) {
            return token;
          }
          h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id")
              .bind("now", clock.instant())
              .bind("id", tokenId)
              .execute();
          audit.append(h, actor, "token.revoked", "token:" + tokenId, Map.of("name", token.name()));
          return find(h, tokenId).orElseThrow();
        });
  }

  /** The live token with this secret, if any. */
  public Optional<ApiToken> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    byte[] hash = Secrets.sha256(secret);
    Optional<ApiToken> token =
        tx.read(
            h ->
                h.createQuery(
                        "SELECT * FROM api_tokens WHERE token_hash = :h AND revoked_at IS NULL")
                    .bind("h", hash)
                    .map(ApiTokens::row)
                    .findOne());
    token.ifPresent(this::touch);
    return token;
  }

  public List<ApiToken> all() {
    return tx.read(
        h -> h.createQuery("SELECT * FROM api_tokens ORDER BY id").map(ApiTokens::row).list());
  }

  private void touch(ApiToken token) {
    Instant now = clock.instant();
    if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
      tx.useTransaction(
          h ->
              h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                  .bind("now", now)
                  .bind("id", token.id())
                  .execute());
    }
  }

  private static void requireOrganisationOfKind(Handle h, OrgId orgId, OrganisationKind kind) {
    Optional<String> found =
        h.createQuery("SELECT kind FROM organisations WHERE id = :id")
            .bind("id", orgId.value())
            .mapTo(String.class)
            .findOne();
    if (found.isEmpty()) {
      throw DomainException.invalidField(
          "organisation", "organisation " + orgId + " does not exist");
    }
    if (!found.get().equals(kind.name())) {
      throw DomainException.invalidField(
          "organisation", "organisation " + orgId + " is a " + found.get() + ", not a " + kind);
    }
  }

  private static Optional<ApiToken> find(Handle h, long id) {
    return h.createQuery("SELECT * FROM api_tokens WHERE id = :id")
        .bind("id", id)
        .map(ApiTokens::row)
        .findOne();
  }

  private static ApiToken row(ResultSet rs, StatementContext ctx) throws SQLException {
    long org = rs.getLong("org_id");
    OrgId orgId = rs.wasNull() ? null : new OrgId(org);
    return new ApiToken(
        rs.getLong("id"),
        ClientKind.valueOf(rs.getString("client_kind")),
        orgId,
        rs.getString("name"),
        rs.getString("token_prefix"),
        rs.getString("created_by"),
        UserRows.instant(rs.getTimestamp("created_at")),
        UserRows.instant(rs.getTimestamp("revoked_at")),
        UserRows.instant(rs.getTimestamp("last_used_at")));
  }
}
