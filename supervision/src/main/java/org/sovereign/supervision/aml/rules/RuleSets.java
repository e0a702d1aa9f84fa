package org.sovereign.supervision.aml.rules;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Rule-set versions: a supervisor proposes a new rule file, another approves it, and it becomes the
 * active set (the previous one retires). The repository's default file is active until then.
 */
public final class RuleSets {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Consumer<RuleSet> activate;

  public RuleSets(Tx tx, AuditLog audit, Clock clock, Consumer<RuleSet> activate) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.activate = activate;
  }

  /** A stored version: its body (the rule file), state and who proposed and decided it. */
  public record Version(
      String version, String body, String state, String proposedBy, String decidedBy) {}

  /** The active rule set: the last approved version, or the repository's defaults. */
  public RuleSet active() {
    return tx.read(
            h ->
                h.createQuery("SELECT body FROM rule_sets WHERE state = 'ACTIVE'")
                    .mapTo(String.class)
                    .findOne())
        .map(RuleSetFile::parse)
        .orElseGet(RuleSetFile::defaults);
  }

  public Version propose(Actor actor, String body) {
    RuleSet parsed;
    try {
      parsed = RuleSetFile.parse(body == null ? "" : body);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("rules", e.getMessage());
    }
    return tx.inTransaction(
        h -> {
          boolean known =
              h.createQuery("SELECT count(*) > 0 FROM rule_sets WHERE version = :v")
                  .bind("v", parsed.version())
                  .mapTo(Boolean.class)
                  .one();
          if (known) {
            throw DomainException.conflict("rules-known", "this rule file was already proposed");
          }
          h.createUpdate(
                  "INSERT INTO rule_sets (version, body, state, proposed_by, proposed_at)"
                      + " VALUES (:v, :b, 'PROPOSED', :by, :at)")
              .bind("v", parsed.version())
              .bind("b", body)
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("version", parsed.version());
          detail.put("rules", parsed.rules().size());
          detail.put("typologies", parsed.typologies().size());
          audit.append(h, actor, "aml.rules-proposed", "rules:" + parsed.version(), detail);
          return version(h, parsed.version()).orElseThrow();
        });
  }

  /** A second supervisor's decision; on approval the version becomes active at once. */
  public Version decide(Actor actor, String version, boolean approve) {
    Version decided =
        tx.inTransaction(
            h -> {
              Version v =
                  version(h, version)
                      .orElseThrow(() -> DomainException.notFound("rules " + version));
              if (!v.state().equals("PROPOSED")) {
                throw DomainException.conflict(
                    "already-decided", "rules " + version + " are " + v.state());
              }
              if (v.proposedBy().equals(actor.label())) {
                throw new DomainException(
                    403, "four-eyes", "a second supervisor must decide rules you proposed", null);
              }
              if (approve) {
                h.execute("UPDATE rule_sets SET state = 'RETIRED' WHERE state = 'ACTIVE'");
              }
              h.createUpdate(
                      "UPDATE rule_sets SET state = :s, decided_by = :by, decided_at = :at WHERE version = :v")
                  .bind("s", approve ? "ACTIVE" : "REJECTED")
                  .bind("by", actor.label())
                  .bind("at", clock.instant())
                  .bind("v", version)
                  .execute();
              audit.append(
                  h,
                  actor,
                  approve ? "aml.rules-activated" : "aml.rules-rejected",
                  "rules:" + version,
                  Map.of());
              return version(h, version).orElseThrow();
            });
    if (approve) {
      activate.accept(RuleSetFile.parse(decided.body()));
    }
    return decided;
  }

  public List<Version> all() {
    return tx.read(RuleSets::all);
  }

  private static List<Version> all(org.jdbi.v3.core.Handle h) {
    return h.createQuery(
            "SELECT version, body, state, proposed_by, decided_by FROM rule_sets ORDER BY proposed_at DESC")
        .map(
            (rs, ctx) ->
                new Version(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)))
        .list();
  }

  private static Optional<Version> version(org.jdbi.v3.core.Handle h, String version) {
    return all(h).stream().filter(v -> v.version().equals(version)).findFirst();
  }
}
