package org.sovereign.reserve.spend;

import fr.acinq.bitcoin.psbt.Psbt;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
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
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.chain.psbt.ExtractResult;
import org.sovereign.chain.psbt.FinalizeResult;
import org.sovereign.chain.psbt.InputOutcome;
import org.sovereign.chain.psbt.PsbtExtractor;
import org.sovereign.chain.psbt.PsbtValidator;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/**
 * Spend governance: a proposal passes the policy engine before anything else; distinct approvers
 * (never the proposer) approve it; then the platform builds the PSBT; custodians upload signed
 * PSBTs, which are checked (strict BIP-174, same unsigned transaction, every signature valid),
 * combined and finalized once the quorum has signed; the policy is checked again and the
 * transaction is broadcast through the chain source.
 */
public final class Spending {
  private static final int LOOKAHEAD = 400;

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Vaults vaults;
  private final Supplier<Optional<ChainWatch>> chain;
  private final Supplier<Optional<ChainSource>> source;

  public Spending(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Vaults vaults,
      Supplier<Optional<ChainWatch>> chain,
      Supplier<Optional<ChainSource>> source) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.vaults = vaults;
    this.chain = chain;
    this.source = source;
  }

  public SpendProposal propose(Actor actor, long vaultId, SpendRequest request) {
    Vault vault =
        vaults.byId(vaultId).orElseThrow(() -> DomainException.notFound("vault " + vaultId));
    enforce(PolicyEngine.check(request, facts(vault, null)));
    return tx.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      "INSERT INTO spend_proposals (vault_id, purpose, authority_ref, fee_rate, state, proposed_by, proposed_at)"
                          + " VALUES (:v, :p, :a, :f, 'PROPOSED', :by, :at)")
                  .bind("v", vaultId)
                  .bind("p", request.purpose().strip())
                  .bind("a", request.authority_reference().strip())
                  .bind("f", request.fee_rate())
                  .bind("by", actor.label())
                  .bind("at", clock.instant())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          for (int n = 0; n < request.destinations().size(); n++) {
            Destination d = request.destinations().get(n);
            h.createUpdate(
                    "INSERT INTO spend_outputs (proposal_id, n, address, amount_sat) VALUES (:p, :n, :a, :s)")
                .bind("p", id)
                .bind("n", n)
                .bind("a", d.address().strip())
                .bind("s", d.amount_sat())
                .execute();
          }
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("vault", vaultId);
          detail.put("purpose", request.purpose().strip());
          detail.put("authority", request.authority_reference().strip());
          detail.put(
              "destinations",
              request.destinations().stream()
                  .map(d -> d.address().strip() + " " + d.amount_sat())
                  .toList());
          audit.append(h, actor, "spend.proposed", "spend:" + id, detail);
          return load(h, id);
        });
  }

  /** An approval by a distinct approver; the PSBT is built when the policy's count is reached. */
  public SpendProposal approve(Actor actor, long id) {
    SpendProposal proposal = byId(id);
    if (!proposal.state().equals("PROPOSED")) {
      throw refusal(
          SpendRule.WRONG_STATE,
          "proposal "
              + id
              + " is "
              + proposal.state().toLowerCase(java.util.Locale.ROOT)
              + ", not waiting for approvals");
    }
    if (proposal.proposedBy().equals(actor.label())) {
      throw new DomainException(
          403,
          "policy-refused",
          "PROPOSER_CANNOT_APPROVE: the proposer cannot approve their own spend",
          null);
    }
    if (proposal.approvers().contains(actor.label())) {
      throw refusal(SpendRule.ALREADY_APPROVED, "you have already approved proposal " + id);
    }
    Vault vault = vaults.byId(proposal.vaultId()).orElseThrow();
    SpendPolicy policy = policy(vault.id());
    return tx.inTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO spend_approvals (proposal_id, approver, approved_at) VALUES (:p, :a, :at)")
              .bind("p", id)
              .bind("a", actor.label())
              .bind("at", clock.instant())
              .execute();
          audit.append(
              h,
              actor,
              "spend.approved",
              "spend:" + id,
              Map.of("approvals", proposal.approvers().size() + 1));
          if (proposal.approvers().size() + 1 >= policy.minApprovals()) {
            buildPsbt(h, vault, load(h, id));
          }
          return load(h, id);
        });
  }

  private void buildPsbt(Handle h, Vault vault, SpendProposal proposal) {
    enforce(PolicyEngine.check(request(proposal), facts(vault, proposal.id())));
    int changeIndex = nextChangeIndex(vault);
    PsbtBuilder.Built built =
        PsbtBuilder.build(
            new VaultKeys(vault, vaults.network(), LOOKAHEAD),
            vaults.network(),
            spendable(vault, proposal.id()),
            proposal.destinations(),
            proposal.feeRate(),
            changeIndex);
    h.createUpdate(
            "UPDATE spend_proposals SET state = 'APPROVED', psbt = :p, signed_psbt = :p, fee_sat = :f, change_index = :c WHERE id = :id")
        .bind("p", built.psbt())
        .bind("f", built.feeSat())
        .bind("c", changeIndex)
        .bind("id", proposal.id())
        .execute();
    for (IndexedOutput input : built.inputs()) {
      h.createUpdate("INSERT INTO spend_inputs (proposal_id, txid, vout) VALUES (:p, :t, :v)")
          .bind("p", proposal.id())
          .bind("t", input.outPoint().txid().toString())
          .bind("v", input.outPoint().index())
          .execute();
    }
    audit.append(
        h,
        Actor.SYSTEM,
        "spend.psbt-built",
        "spend:" + proposal.id(),
        Map.of(
            "inputs",
            built.inputs().size(),
            "fee_sat",
            built.feeSat(),
            "change_sat",
            built.changeSat()));
  }

  /**
   * A custodian's signed PSBT: checked, combined with the others, finalized once the quorum signed.
   */
  public UploadResult uploadSigned(Actor actor, long id, byte[] uploaded) {
    SpendProposal proposal = byId(id);
    if (!proposal.state().equals("APPROVED") && !proposal.state().equals("SIGNING")) {
      throw refusal(
          SpendRule.WRONG_STATE,
          "proposal "
              + id
              + " is "
              + proposal.state().toLowerCase(java.util.Locale.ROOT)
              + ": signatures are accepted once approved and until ready");
    }
    SignedPsbtMerge.Merged merged =
        SignedPsbtMerge.merge(proposal.psbt(), proposal.signedPsbt(), uploaded);
    FinalizeResult finalized = merged.finalized();
    Set<String> signers = merged.signers();
    boolean ready = finalized.complete();
    if (ready) {
      Vault vault = vaults.byId(proposal.vaultId()).orElseThrow();
      enforce(PolicyEngine.check(request(proposal), facts(vault, proposal.id())));
      if (proposal.approvers().size() < policy(vault.id()).minApprovals()) {
        throw refusal(
            SpendRule.APPROVALS_MISSING,
            "proposal " + id + " has " + proposal.approvers().size() + " approval(s)");
      }
    }
    byte[] stored = ready ? finalized.psbt().serialize() : merged.combined();
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE spend_proposals SET signed_psbt = :s, state = :st, signed_by = :by WHERE id = :id")
              .bind("s", stored)
              .bind("by", String.join(",", signers))
              .bind("st", ready ? "READY" : "SIGNING")
              .bind("id", id)
              .execute();
          audit.append(
              h,
              actor,
              "spend.signatures-uploaded",
              "spend:" + id,
              Map.of("signers", List.copyOf(signers), "ready", ready));
        });
    return new UploadResult(
        byId(id), signers, finalized.unfinished().stream().map(InputOutcome::detail).toList());
  }

  /** What an upload did: the proposal now, who has signed, and what is still missing. */
  public record UploadResult(SpendProposal proposal, Set<String> signers, List<String> missing) {}

  /** Broadcasts a ready transaction through the chain source. */
  public SpendProposal broadcast(Actor actor, long id) {
    SpendProposal proposal = byId(id);
    if (!proposal.state().equals("READY")) {
      throw refusal(
          SpendRule.WRONG_STATE,
          "proposal "
              + id
              + " is "
              + proposal.state().toLowerCase(java.util.Locale.ROOT)
              + ", not ready to broadcast");
    }
    ChainSource chainSource =
        source
            .get()
            .orElseThrow(
                () ->
                    new DomainException(
                        409,
                        "no-chain",
                        "no chain source is configured to broadcast through",
                        null));
    byte[] raw =
        switch (PsbtExtractor.extract(PsbtValidator.parse(proposal.signedPsbt()).orThrow())) {
          case ExtractResult.Extracted e -> e.bytes();
          case ExtractResult.NotExtractable n ->
              throw new DomainException(409, "not-extractable", n.reason(), null);
        };
    String txid = chainSource.broadcast(raw).toString();
    tx.useTransaction(
        h -> {
          h.createUpdate("UPDATE spend_proposals SET state = 'BROADCAST', txid = :t WHERE id = :id")
              .bind("t", txid)
              .bind("id", id)
              .execute();
          audit.append(h, actor, "spend.broadcast", "spend:" + id, Map.of("txid", txid));
        });
    return byId(id);
  }

  public SpendProposal byId(long id) {
    return tx.read(
        h -> {
          if (h.createQuery("SELECT count(*) FROM spend_proposals WHERE id = :id")
                  .bind("id", id)
                  .mapTo(Long.class)
                  .one()
              == 0) {
            throw DomainException.notFound("spend proposal " + id);
          }
          return load(h, id);
        });
  }

  public List<SpendProposal> all() {
    return tx.read(
        h ->
            h
                .createQuery("SELECT id FROM spend_proposals ORDER BY id DESC")
                .mapTo(Long.class)
                .list()
                .stream()
                .map(id -> load(h, id))
                .toList());
  }

  /**
   * Which custodians (key fingerprints) have signed so far, read from their signatures at upload.
   */
  public Set<String> signers(SpendProposal proposal) {
    String signedBy =
        tx.read(
            h ->
                h.createQuery("SELECT signed_by FROM spend_proposals WHERE id = :id")
                    .bind("id", proposal.id())
                    .mapTo(String.class)
                    .findOne()
                    .orElse(null));
    return signedBy == null || signedBy.isBlank()
        ? Set.of()
        : new java.util.LinkedHashSet<>(List.of(signedBy.split(",")));
  }

  private PolicyEngine.Facts facts(Vault vault, Long excluding) {
    Set<String> own = new HashSet<>();
    Set<String> allowed = new HashSet<>();
    for (Vault other : vaults.all()) {
      vaults
          .addresses(other.id())
          .forEach(a -> (other.id() == vault.id() ? own : allowed).add(a.address()));
    }
    allowed.addAll(
        tx.read(
            h ->
                h.createQuery("SELECT address FROM allowed_destinations")
                    .mapTo(String.class)
                    .list()));
    SpendPolicy policy = policy(vault.id());
    long spentInPeriod =
        tx.read(
            h ->
                h.createQuery(
                        "SELECT coalesce(sum(o.amount_sat), 0) FROM spend_outputs o JOIN spend_proposals p ON p.id = o.proposal_id"
                            + " WHERE p.vault_id = :v AND p.state IN ('APPROVED', 'SIGNING', 'READY', 'BROADCAST')"
                            + " AND p.proposed_at >= :since AND p.id <> :x")
                    .bind("v", vault.id())
                    .bind("since", clock.instant().minus(Duration.ofDays(policy.periodDays())))
                    .bind("x", excluding == null ? -1L : excluding)
                    .mapTo(Long.class)
                    .one());
    long spendable = spendable(vault, excluding).stream().mapToLong(o -> o.value().value()).sum();
    return new PolicyEngine.Facts(vaults.network(), policy, own, allowed, spentInPeriod, spendable);
  }

  private List<IndexedOutput> spendable(Vault vault, Long excluding) {
    Set<String> reserved =
        new HashSet<>(
            tx.read(
                h ->
                    h.createQuery(
                            "SELECT i.txid || ':' || i.vout FROM spend_inputs i JOIN spend_proposals p ON p.id = i.proposal_id"
                                + " WHERE p.state IN ('APPROVED', 'SIGNING', 'READY', 'BROADCAST') AND p.id <> :x")
                        .bind("x", excluding == null ? -1L : excluding)
                        .mapTo(String.class)
                        .list()));
    List<IndexedOutput> coins = new ArrayList<>();
    chain
        .get()
        .ifPresent(
            watch -> {
              for (String descriptor :
                  List.of(vault.receiveDescriptor(), vault.changeDescriptor())) {
                watch.outputsOfDescriptor(descriptor).stream()
                    .filter(IndexedOutput::unspent)
                    .filter(o -> !reserved.contains(o.outPoint().toString()))
                    .forEach(coins::add);
              }
            });
    return coins;
  }

  private int nextChangeIndex(Vault vault) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT coalesce(max(change_index) + 1, 0) FROM spend_proposals WHERE vault_id = :v")
                .bind("v", vault.id())
                .mapTo(Integer.class)
                .one());
  }

  public SpendPolicy policy(long vaultId) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT period_days, limit_sat, min_approvals FROM spend_policies WHERE vault_id = :v")
                .bind("v", vaultId)
                .map(
                    (rs, ctx) ->
                        new SpendPolicy(
                            rs.getInt(1),
                            rs.getObject(2) == null ? null : rs.getLong(2),
                            rs.getInt(3)))
                .findOne()
                .orElse(SpendPolicy.DEFAULT));
  }

  /** Sets a vault's policy (an administrative act, audited). */
  public void setPolicy(Actor actor, long vaultId, SpendPolicy policy) {
    if (policy.minApprovals() < 1
        || policy.periodDays() < 1
        || (policy.limitSat() != null && policy.limitSat() <= 0)) {
      throw DomainException.invalidField(
          "policy", "approvals and period must be positive, the limit positive or absent");
    }
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "INSERT INTO spend_policies (vault_id, period_days, limit_sat, min_approvals) VALUES (:v, :p, :l, :m)"
                      + " ON CONFLICT (vault_id) DO UPDATE SET period_days = :p, limit_sat = :l, min_approvals = :m")
              .bind("v", vaultId)
              .bind("p", policy.periodDays())
              .bind("l", policy.limitSat())
              .bind("m", policy.minApprovals())
              .execute();
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("period_days", policy.periodDays());
          detail.put("limit_sat", policy.limitSat());
          detail.put("min_approvals", policy.minApprovals());
          audit.append(h, actor, "spend.policy-set", "vault:" + vaultId, detail);
        });
  }

  private static SpendRequest request(SpendProposal p) {
    return new SpendRequest(p.purpose(), p.authorityReference(), p.feeRate(), p.destinations());
  }

  private static void enforce(PolicyDecision decision) {
    if (decision instanceof PolicyDecision.Refused refused) {
      throw refusal(refused.rule(), refused.message());
    }
  }

  private static DomainException refusal(SpendRule rule, String message) {
    String text = message.startsWith(rule.name()) ? message : rule + ": " + message;
    return new DomainException(422, "policy-refused", text, "rule:" + rule.name());
  }

  private static Psbt read(byte[] bytes) {
    var parsed = Psbt.read(bytes);
    if (!parsed.isRight()) {
      throw new DomainException(
          422, "psbt-invalid", "the PSBT cannot be read: " + parsed.getLeft(), "psbt");
    }
    return parsed.getRight();
  }

  private static SpendProposal load(Handle h, long id) {
    List<Destination> outputs =
        h.createQuery(
                "SELECT address, amount_sat FROM spend_outputs WHERE proposal_id = :p ORDER BY n")
            .bind("p", id)
            .map((rs, ctx) -> new Destination(rs.getString(1), rs.getLong(2)))
            .list();
    List<String> approvers =
        h.createQuery(
                "SELECT approver FROM spend_approvals WHERE proposal_id = :p ORDER BY approved_at")
            .bind("p", id)
            .mapTo(String.class)
            .list();
    return h.createQuery("SELECT * FROM spend_proposals WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> row(rs, outputs, approvers))
        .one();
  }

  private static SpendProposal row(ResultSet rs, List<Destination> outputs, List<String> approvers)
      throws SQLException {
    long fee = rs.getLong("fee_sat");
    Long feeSat = rs.wasNull() ? null : fee;
    return new SpendProposal(
        rs.getLong("id"),
        rs.getLong("vault_id"),
        rs.getString("purpose"),
        rs.getString("authority_ref"),
        rs.getInt("fee_rate"),
        rs.getString("state"),
        rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(),
        outputs,
        approvers,
        rs.getBytes("psbt"),
        rs.getBytes("signed_psbt"),
        feeSat,
        rs.getString("txid"),
        rs.getString("decided_note"));
  }

  Network network() {
    return vaults.network();
  }
}
