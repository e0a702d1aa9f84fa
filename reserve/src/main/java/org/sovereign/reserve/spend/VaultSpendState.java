package org.sovereign.reserve.spend;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;
import org.sovereign.platform.db.Tx;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/**
 * What the policy engine and the PSBT builder need to know about a vault now: its own and the
 * allowed addresses, what left it in the policy period, and its coins not reserved by another
 * proposal.
 */
final class VaultSpendState {
  private final Tx tx;
  private final Clock clock;
  private final Vaults vaults;
  private final Supplier<Optional<ChainWatch>> chain;
  private final SpendPolicies policies;

  VaultSpendState(
      Tx tx,
      Clock clock,
      Vaults vaults,
      Supplier<Optional<ChainWatch>> chain,
      SpendPolicies policies) {
    this.tx = tx;
    this.clock = clock;
    this.vaults = vaults;
    this.chain = chain;
    this.policies = policies;
  }

  PolicyEngine.Facts facts(Vault vault, Long excluding) {
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
    SpendPolicy policy = policies.of(vault.id());
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

  List<IndexedOutput> spendable(Vault vault, Long excluding) {
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

  int nextChangeIndex(Vault vault) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT coalesce(max(change_index) + 1, 0) FROM spend_proposals WHERE vault_id = :v")
                .bind("v", vault.id())
                .mapTo(Integer.class)
                .one());
  }
}
