package org.sovereign.reserve.spend;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
  private final SpendPolicies policies;
  private final VaultSpendState vaultState;

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
    this.policies = new SpendPolicies(tx, audit);
    this.vaultState = new VaultSpendState(tx, clock, vaults, chain, policies);
  }

  public SpendProposal propose(Actor actor, long vaultId, SpendRequest request) {
    Vault vault =
        vaults.byId(vaultId).orElseThrow(() -> DomainException.notFound("vault " + vaultId));
    enforce(PolicyEngine.check(request, facts(vault, null)));
    return tx.inTransaction(
        h -> {
          long id =
              h.createUpdate(
                      "INSERT INTO spend_proposals (vault_id, purpose, authority_ref, fee_rate, state, proposed_by, proposed_at, emergency)"
                          + " VALUES (:v, :p, :a, :f, 'PROPOSED', :by, :at, :e)")
                  .bind("e", request.isEmergency())
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
          detail.put("emergency", request.isEmergency());
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
    requireState(proposal, "not waiting for approvals", "PROPOSED");
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
          if (proposal.approvers().size() + 1 >= policy.approvalsRequired(proposal.emergency())) {
            if (proposal.emergency()) {
              startTimelock(h, policy, id);
            } else {
              buildPsbt(h, vault, load(h, id));
            }
          }
          return load(h, id);
        });
  }

  private void startTimelock(Handle h, SpendPolicy policy, long id) {
    var unlocks = clock.instant().plus(Duration.ofHours(policy.emergencyDelayHours()));
    h.createUpdate(
            "UPDATE spend_proposals SET state = 'TIMELOCKED', unlocks_at = :u WHERE id = :id")
        .bind("u", unlocks)
        .bind("id", id)
        .execute();
    audit.append(
        h,
        Actor.SYSTEM,
        "spend.timelocked",
        "spend:" + id,
        Map.of("unlocks_at", unlocks.toString()));
  }

  /**
   * Builds the PSBT of an emergency spend whose timelock has run out (the policy is checked again).
   */
  public SpendProposal release(Actor actor, long id) {
    SpendProposal proposal = byId(id);
    requireState(proposal, "not an emergency spend in its timelock", "TIMELOCKED");
    requireUnlocked(proposal);
    Vault vault = vaults.byId(proposal.vaultId()).orElseThrow();
    return tx.inTransaction(
        h -> {
          audit.append(h, actor, "spend.released", "spend:" + id, Map.of());
          buildPsbt(h, vault, proposal);
          return load(h, id);
        });
  }

  /**
   * An approver's veto: stops a proposal that has no PSBT yet (waiting for approvals, or an
   * emergency spend in its timelock). The reason is kept.
   */
  public SpendProposal veto(Actor actor, long id, String reason) {
    SpendProposal proposal = byId(id);
    requireState(
        proposal, "only a proposal without a PSBT can be vetoed", "PROPOSED", "TIMELOCKED");
    if (reason == null || reason.isBlank()) {
      throw new DomainException(
          422, "policy-refused", "VETO_REASON_MISSING: a veto needs a reason", "reason");
    }
    return tx.inTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE spend_proposals SET state = 'REJECTED', decided_by = :by, decided_note = :r WHERE id = :id")
              .bind("by", actor.label())
              .bind("r", reason.strip())
              .bind("id", id)
              .execute();
          audit.append(h, actor, "spend.vetoed", "spend:" + id, Map.of("reason", reason.strip()));
          return load(h, id);
        });
  }

  /** Refuses (WRONG_STATE) unless the proposal is in one of {@code states}; says why not. */
  private static void requireState(SpendProposal proposal, String expected, String... states) {
    for (String state : states) {
      if (proposal.state().equals(state)) {
        return;
      }
    }
    throw refusal(
        SpendRule.WRONG_STATE,
        "proposal " + proposal.id() + " is " + lower(proposal.state()) + ": " + expected);
  }

  private void requireUnlocked(SpendProposal proposal) {
    if (proposal.emergency()
        && (proposal.unlocksAt() == null || clock.instant().isBefore(proposal.unlocksAt()))) {
      throw refusal(
          SpendRule.TIMELOCK_NOT_EXPIRED,
          "emergency proposal "
              + proposal.id()
              + " is timelocked until "
              + (proposal.unlocksAt() == null
                  ? "its approvals are complete"
                  : proposal.unlocksAt()));
    }
  }

  private static String lower(String state) {
    return state.toLowerCase(java.util.Locale.ROOT);
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
    requireState(
        proposal, "signatures are accepted once approved and until ready", "APPROVED", "SIGNING");
    SignedPsbtMerge.Merged merged =
        SignedPsbtMerge.merge(proposal.psbt(), proposal.signedPsbt(), uploaded);
    FinalizeResult finalized = merged.finalized();
    Set<String> signers = merged.signers();
    boolean ready = finalized.complete();
    if (ready) {
      Vault vault = vaults.byId(proposal.vaultId()).orElseThrow();
      enforce(PolicyEngine.check(request(proposal), facts(vault, proposal.id())));
      requireUnlocked(proposal);
      if (proposal.approvers().size()
          < policy(vault.id()).approvalsRequired(proposal.emergency())) {
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
    requireState(proposal, "not ready to broadcast", "READY");
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
    return vaultState.facts(vault, excluding);
  }

  private List<IndexedOutput> spendable(Vault vault, Long excluding) {
    return vaultState.spendable(vault, excluding);
  }

  private int nextChangeIndex(Vault vault) {
    return vaultState.nextChangeIndex(vault);
  }

  /**
   * Where a spend may go: every vault's issued addresses (a vault cannot pay itself: the form
   * filters by vault) and the allow-list ({@code vaultId} 0).
   */
  public List<SuggestedDestination> suggestedDestinations() {
    List<SuggestedDestination> list = new ArrayList<>();
    for (Vault vault : vaults.all()) {
      for (var a : vaults.addresses(vault.id())) {
        String label = a.label() == null ? "" : " · " + a.label();
        list.add(
            new SuggestedDestination(
                vault.id(), a.address(), vault.name() + " #" + a.index() + label));
      }
    }
    tx.read(
            h ->
                h.createQuery("SELECT address, label FROM allowed_destinations ORDER BY label")
                    .map((rs, ctx) -> new SuggestedDestination(0, rs.getString(1), rs.getString(2)))
                    .list())
        .forEach(list::add);
    return list;
  }

  public SpendPolicy policy(long vaultId) {
    return policies.of(vaultId);
  }

  /** Sets a vault's policy (an administrative act, audited). */
  public void setPolicy(Actor actor, long vaultId, SpendPolicy policy) {
    policies.set(actor, vaultId, policy);
  }

  private static SpendRequest request(SpendProposal p) {
    return new SpendRequest(
        p.purpose(), p.authorityReference(), p.feeRate(), p.destinations(), p.emergency());
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

  private static SpendProposal load(Handle h, long id) {
    return ProposalRows.load(h, id);
  }

  Network network() {
    return vaults.network();
  }
}
