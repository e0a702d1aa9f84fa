package org.sovereign.supervision.aml;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.cases.AlertDraft;
import org.sovereign.supervision.aml.cases.Cases;

/**
 * When the lists change (a new content fingerprint), every stored party — each originator and
 * beneficiary name and account, and each counterparty address — is screened again; a hit not
 * alerted before opens a case.
 */
public final class Rescreening {
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Cases cases;
  private final Watchlist watchlist;

  public Rescreening(Tx tx, AuditLog audit, Clock clock, Cases cases, Watchlist watchlist) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.watchlist = watchlist;
  }

  /** What a run did. */
  public record Run(String version, boolean ran, long parties, long newHits) {}

  /** Screens again when the lists' version differs from the last run (or {@code force}). */
  public synchronized Run runIfChanged(Actor actor, boolean force) {
    String version = watchlist.version();
    Optional<String> last =
        tx.read(
            h ->
                h.createQuery("SELECT version FROM screening_state WHERE id = 1")
                    .mapTo(String.class)
                    .findOne());
    if (!force && last.isPresent() && last.get().equals(version)) {
      return new Run(version, false, 0, 0);
    }
    List<StoredParty> parties = tx.read(StoredParty::all);
    long hits = 0;
    for (StoredParty p : parties) {
      Optional<String> entry =
          p.address()
              ? watchlist.entry(p.name())
              : watchlist.listedParty(p.name(), p.dateOfBirth(), p.country());
      if (entry.isPresent()) {
        hits += alertOnce(p, entry.get());
      }
    }
    long total = hits;
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO screening_state (id, version, screened_at, parties, hits) VALUES (1, :v, :at, :p, :hits)"
                      + " ON CONFLICT (id) DO UPDATE SET version = :v, screened_at = :at, parties = :p, hits = :hits")
              .bind("v", version)
              .bind("at", clock.instant())
              .bind("p", (long) parties.size())
              .bind("hits", total)
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("version", version);
          detail.put("parties", parties.size());
          detail.put("new_hits", total);
          audit.append(h, actor, "aml.rescreened", "screening", detail);
        });
    return new Run(version, true, parties.size(), total);
  }

  private int alertOnce(StoredParty p, String entry) {
    return tx.inTransaction(
        h -> {
          int inserted =
              h.createUpdate(
                      "INSERT INTO screening_hits (party_key, list_entry, org_id, found_at) VALUES (:k, :e, :o, :at)"
                          + " ON CONFLICT DO NOTHING")
                  .bind("k", p.key())
                  .bind("e", entry)
                  .bind("o", p.orgId())
                  .bind("at", clock.instant())
                  .execute();
          if (inserted == 0) {
            return 0;
          }
          Map<String, Object> facts = new LinkedHashMap<>();
          facts.put(p.address() ? "address" : "party", p.name());
          facts.put("list_entry", entry);
          facts.put("list_version", watchlist.version());
          facts.put("transfers", p.transfers());
          cases.raise(
              h,
              new AlertDraft(
                  p.orgId() == null ? null : new OrgId(p.orgId()),
                  "screening",
                  "S1-LISTED-ON-RESCREEN",
                  "Listed on re-screening · " + p.name(),
                  100,
                  Json.canonical(facts),
                  null));
          return 1;
        });
  }
}
