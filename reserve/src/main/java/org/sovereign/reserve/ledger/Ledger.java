package org.sovereign.reserve.ledger;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.base.OutPoint;
import org.sovereign.base.Sats;
import org.sovereign.base.Txid;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/**
 * The acquisitions ledger: every output a vault receives becomes a lot, first unclassified; an
 * officer proposes its source and cost basis, and a different person approves it (maker-checker).
 * Purchases carry the price paid; seizures and mining revenue are valued at market on the day they
 * were acquired; transfers between vaults are not acquisitions.
 */
public final class Ledger {
  private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {};

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Vaults vaults;
  private final Prices prices;
  private final Supplier<Optional<ChainWatch>> chain;

  public Ledger(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Vaults vaults,
      Prices prices,
      Supplier<Optional<ChainWatch>> chain) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.vaults = vaults;
    this.prices = prices;
    this.chain = chain;
  }

  /**
   * Records a lot for every vault output the index has that the ledger does not yet; returns how
   * many.
   */
  public int refresh() {
    Optional<ChainWatch> watch = chain.get();
    if (watch.isEmpty()) {
      return 0;
    }
    Map<Vault, List<IndexedOutput>> outputs = new LinkedHashMap<>();
    Map<String, Vault> spentBy = new java.util.HashMap<>();
    for (Vault vault : vaults.all()) {
      List<IndexedOutput> own = new java.util.ArrayList<>();
      for (String descriptor : List.of(vault.receiveDescriptor(), vault.changeDescriptor())) {
        own.addAll(watch.get().outputsOfDescriptor(descriptor));
      }
      own.stream()
          .filter(o -> o.spentBy() != null)
          .forEach(o -> spentBy.put(o.spentBy().txid().toString(), vault));
      outputs.put(vault, own);
    }
    int added = 0;
    for (var entry : outputs.entrySet()) {
      for (IndexedOutput output : entry.getValue()) {
        added +=
            record(entry.getKey(), output, spentBy.get(output.outPoint().txid().toString()))
                ? 1
                : 0;
      }
    }
    return added;
  }

  /**
   * Records a lot; when its transaction spends coins of a reserve vault, the chain itself shows a
   * transfer between vaults (or change), so it is classified as such at once, without cost basis.
   */
  private boolean record(Vault vault, IndexedOutput output, Vault source) {
    return tx.inTransaction(
        h -> {
          int inserted =
              h.createUpdate(
                      "INSERT INTO lots (vault_id, txid, vout, value_sat, height, recorded_at) VALUES (:v, :t, :o, :s, :h, :now)"
                          + " ON CONFLICT (txid, vout) DO NOTHING")
                  .bind("v", vault.id())
                  .bind("t", output.outPoint().txid().internalBytes())
                  .bind("o", output.outPoint().index())
                  .bind("s", output.value().value())
                  .bind("h", output.height())
                  .bind("now", clock.instant())
                  .execute();
          if (inserted == 1 && source != null) {
            h.createUpdate(
                    "UPDATE lots SET classification = 'TRANSFER', details = :d, classified_by = 'system',"
                        + " approved_by = 'chain evidence', classified_at = :now WHERE txid = :t AND vout = :o")
                .bind("d", Json.canonical(Map.of("from_vault", source.name())))
                .bind("now", clock.instant())
                .bind("t", output.outPoint().txid().internalBytes())
                .bind("o", output.outPoint().index())
                .execute();
          }
          if (inserted == 1) {
            audit.append(
                h,
                Actor.SYSTEM,
                source == null ? "lot.recorded" : "lot.recorded-as-transfer",
                "vault:" + vault.id(),
                Map.of(
                    "outpoint",
                    output.outPoint().toString(),
                    "value_sat",
                    output.value().value(),
                    "height",
                    output.height()));
          }
          return inserted == 1;
        });
  }

  /** An officer's classification, waiting for a second person. */
  public Proposal propose(
      Actor actor, long lotId, String classification, Map<String, String> details, String costUsd) {
    LotKind kind = LotKind.parseClassification(classification);
    Lot lot = lot(lotId).orElseThrow(() -> DomainException.notFound("lot " + lotId));
    if (lot.kind() != LotKind.UNCLASSIFIED) {
      throw DomainException.conflict(
          "lot-classified", "lot " + lotId + " is already classified as " + lot.kind());
    }
    Map<String, String> clean = checkDetails(kind, details);
    Money[] cost = costBasis(kind, lot, clean, costUsd);
    return tx.inTransaction(
        h -> {
          if (h.createQuery(
                      "SELECT count(*) FROM lot_proposals WHERE lot_id = :l AND state = 'PENDING'")
                  .bind("l", lotId)
                  .mapTo(Long.class)
                  .one()
              > 0) {
            throw DomainException.conflict(
                "proposal-pending",
                "lot " + lotId + " already has a classification waiting for approval");
          }
          long id =
              h.createUpdate(
                      "INSERT INTO lot_proposals (lot_id, classification, details, cost_usd_minor, cost_pkr_minor, proposed_by, proposed_at)"
                          + " VALUES (:l, :c, :d, :u, :p, :by, :at)")
                  .bind("l", lotId)
                  .bind("c", kind.name())
                  .bind("d", Json.canonical(clean))
                  .bind("u", cost[0] == null ? null : cost[0].minor())
                  .bind("p", cost[1] == null ? null : cost[1].minor())
                  .bind("by", actor.label())
                  .bind("at", clock.instant())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("lot", lotId);
          detail.put("classification", kind.name());
          detail.put("details", clean);
          detail.put("cost_usd", cost[0] == null ? null : cost[0].toString());
          detail.put("cost_pkr", cost[1] == null ? null : cost[1].toString());
          audit.append(h, actor, "lot.classification-proposed", "lot:" + lotId, detail);
          return proposal(h, id).orElseThrow();
        });
  }

  private static Map<String, String> checkDetails(LotKind kind, Map<String, String> details) {
    Map<String, String> clean = new LinkedHashMap<>();
    if (details != null) {
      details.forEach(
          (k, v) -> {
            if (v != null && !v.isBlank()) {
              clean.put(k, v.strip());
            }
          });
    }
    for (String required : kind.requiredDetails()) {
      if (!clean.containsKey(required)) {
        throw DomainException.invalidField(
            "details." + required,
            "is required for a " + kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (kind.acquisition()) {
      try {
        LocalDate.parse(clean.getOrDefault("acquired_on", ""));
      } catch (java.time.format.DateTimeParseException e) {
        throw DomainException.invalidField("details.acquired_on", "is required as YYYY-MM-DD");
      }
    }
    return clean;
  }

  /** [USD, PKR] cost basis; null for transfers. */
  private Money[] costBasis(LotKind kind, Lot lot, Map<String, String> details, String costUsd) {
    if (!kind.acquisition()) {
      return new Money[] {null, null};
    }
    LocalDate day = LocalDate.parse(details.get("acquired_on"));
    Money usd;
    if (kind == LotKind.PURCHASE) {
      if (costUsd == null || costUsd.isBlank()) {
        throw DomainException.invalidField("cost_usd", "the price paid is required for a purchase");
      }
      try {
        usd = Money.parse(Currency.USD, costUsd);
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField("cost_usd", e.getMessage());
      }
      if (usd.signum() <= 0) {
        throw DomainException.invalidField("cost_usd", "must be positive");
      }
    } else {
      BigDecimal btcUsd =
          prices
              .onOrBefore("BTCUSD", day)
              .orElseThrow(
                  () ->
                      DomainException.invalidField(
                          "details.acquired_on",
                          "no BTC/USD price on or before " + day + ": import prices first"));
      usd = MarketValue.usd(lot.value().value(), btcUsd);
    }
    BigDecimal usdPkr =
        prices
            .onOrBefore("USDPKR", day)
            .orElseThrow(
                () ->
                    DomainException.invalidField(
                        "details.acquired_on",
                        "no USD/PKR rate on or before " + day + ": import prices first"));
    Money pkr = MarketValue.pkr(usd, usdPkr);
    return new Money[] {usd, pkr};
  }

  /** The second person's approval; the proposer cannot approve their own classification. */
  public Lot approve(Actor actor, long proposalId) {
    return tx.inTransaction(
        h -> {
          Proposal p = pending(h, proposalId);
          if (p.proposedBy().equals(actor.label())) {
            throw DomainException.forbidden(
                "the proposer of a classification cannot approve it: a second person must");
          }
          h.createUpdate(
                  "UPDATE lot_proposals SET state = 'APPROVED', decided_by = :by, decided_at = :at WHERE id = :id")
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .bind("id", proposalId)
              .execute();
          h.createUpdate(
                  "UPDATE lots SET classification = :c, details = :d, cost_usd_minor = :u, cost_pkr_minor = :p,"
                      + " classified_by = :maker, approved_by = :checker, classified_at = :at WHERE id = :l")
              .bind("c", p.kind().name())
              .bind("d", Json.canonical(p.details()))
              .bind("u", p.costUsd() == null ? null : p.costUsd().minor())
              .bind("p", p.costPkr() == null ? null : p.costPkr().minor())
              .bind("maker", p.proposedBy())
              .bind("checker", actor.label())
              .bind("at", clock.instant())
              .bind("l", p.lotId())
              .execute();
          audit.append(
              h,
              actor,
              "lot.classification-approved",
              "lot:" + p.lotId(),
              Map.of("proposal", proposalId, "classification", p.kind().name()));
          return lot(h, p.lotId()).orElseThrow();
        });
  }

  public Proposal reject(Actor actor, long proposalId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw DomainException.invalidField("reason", "say why the classification is rejected");
    }
    return tx.inTransaction(
        h -> {
          Proposal p = pending(h, proposalId);
          h.createUpdate(
                  "UPDATE lot_proposals SET state = 'REJECTED', decided_by = :by, decided_at = :at, reason = :r WHERE id = :id")
              .bind("by", actor.label())
              .bind("at", clock.instant())
              .bind("r", why)
              .bind("id", proposalId)
              .execute();
          audit.append(
              h,
              actor,
              "lot.classification-rejected",
              "lot:" + p.lotId(),
              Map.of("proposal", proposalId, "reason", why));
          return proposal(h, proposalId).orElseThrow();
        });
  }

  private static Proposal pending(Handle h, long proposalId) {
    Proposal p =
        proposal(h, proposalId)
            .orElseThrow(() -> DomainException.notFound("classification proposal " + proposalId));
    if (!p.state().equals("PENDING")) {
      throw DomainException.conflict(
          "proposal-decided",
          "proposal "
              + proposalId
              + " was already "
              + p.state().toLowerCase(java.util.Locale.ROOT));
    }
    return p;
  }

  /** Every lot with its vault's name, its acquisition day and, when spent, its spending day. */
  public List<AccountingReport.DatedLot> datedLots() {
    Map<Long, String> names = new java.util.HashMap<>();
    Map<String, Integer> spentHeights = new java.util.HashMap<>();
    Optional<ChainWatch> watch = chain.get();
    for (Vault vault : vaults.all()) {
      names.put(vault.id(), vault.name());
      watch.ifPresent(
          w -> {
            for (String descriptor : List.of(vault.receiveDescriptor(), vault.changeDescriptor())) {
              for (IndexedOutput o : w.outputsOfDescriptor(descriptor)) {
                if (o.spentHeight() != null) {
                  spentHeights.put(o.outPoint().toString(), o.spentHeight());
                }
              }
            }
          });
    }
    Map<Integer, LocalDate> days = new java.util.HashMap<>();
    java.util.function.IntFunction<LocalDate> dayOf =
        height ->
            days.computeIfAbsent(
                height,
                h ->
                    watch
                        .flatMap(w -> w.blockTime(h))
                        .map(AccountingReport::day)
                        .orElse(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)));
    List<AccountingReport.DatedLot> dated = new java.util.ArrayList<>();
    for (Lot lot : lots()) {
      String acquiredOn = lot.details().get("acquired_on");
      LocalDate acquired =
          acquiredOn != null ? LocalDate.parse(acquiredOn) : dayOf.apply(lot.height());
      Integer spentHeight = spentHeights.get(lot.outPoint().toString());
      dated.add(
          new AccountingReport.DatedLot(
              lot,
              names.getOrDefault(lot.vaultId(), "vault " + lot.vaultId()),
              acquired,
              spentHeight == null ? null : dayOf.apply(spentHeight)));
    }
    return dated;
  }

  public List<Lot> lots() {
    return tx.read(
        h -> h.createQuery("SELECT * FROM lots ORDER BY height, id").map(Ledger::lotRow).list());
  }

  public Optional<Lot> lot(long id) {
    return tx.read(h -> lot(h, id));
  }

  private static Optional<Lot> lot(Handle h, long id) {
    return h.createQuery("SELECT * FROM lots WHERE id = :id")
        .bind("id", id)
        .map(Ledger::lotRow)
        .findOne();
  }

  public List<Proposal> pendingProposals() {
    return tx.read(
        h ->
            h.createQuery("SELECT * FROM lot_proposals WHERE state = 'PENDING' ORDER BY id")
                .map(Ledger::proposalRow)
                .list());
  }

  private static Optional<Proposal> proposal(Handle h, long id) {
    return h.createQuery("SELECT * FROM lot_proposals WHERE id = :id")
        .bind("id", id)
        .map(Ledger::proposalRow)
        .findOne();
  }

  private static Lot lotRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new Lot(
        rs.getLong("id"),
        rs.getLong("vault_id"),
        new OutPoint(Txid.fromInternalBytes(rs.getBytes("txid")), rs.getInt("vout")),
        Sats.of(rs.getLong("value_sat")),
        rs.getInt("height"),
        rs.getTimestamp("recorded_at").toInstant(),
        LotKind.valueOf(rs.getString("classification")),
        details(rs.getString("details")),
        money(rs, "cost_usd_minor", Currency.USD),
        money(rs, "cost_pkr_minor", Currency.PKR),
        rs.getString("classified_by"),
        rs.getString("approved_by"));
  }

  private static Proposal proposalRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws SQLException {
    return new Proposal(
        rs.getLong("id"),
        rs.getLong("lot_id"),
        LotKind.valueOf(rs.getString("classification")),
        details(rs.getString("details")),
        money(rs, "cost_usd_minor", Currency.USD),
        money(rs, "cost_pkr_minor", Currency.PKR),
        rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(),
        rs.getString("state"),
        rs.getString("decided_by"),
        rs.getString("reason"));
  }

  private static Money money(ResultSet rs, String column, Currency currency) throws SQLException {
    long minor = rs.getLong(column);
    return rs.wasNull() ? null : Money.ofMinor(currency, minor);
  }

  private static Map<String, String> details(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return Json.mapper().readValue(json, DETAILS);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored lot details are not JSON", e);
    }
  }
}
