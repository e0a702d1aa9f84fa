package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.TxParties;

/**
 * The rules that judge one log on its own: privilege changes against the baseline, proxy upgrades,
 * pauses, unexpected mints, sanctioned counterparties and oracle jumps.
 */
final class EventRules {
  private static final String ZERO = "0x" + "0".repeat(40);

  private final PlatformState state;
  private final PlatformIndex index;
  private final Platform platform;
  private final DefiRules rules;
  private final Screening screening;
  private final Describe describe;
  private final Findings findings;

  EventRules(PlatformState state, Screening screening, Describe describe, Findings findings) {
    this.state = state;
    this.index = state.index();
    this.platform = index.platform();
    this.rules = state.rules();
    this.screening = screening;
    this.describe = describe;
    this.findings = findings;
  }

  private boolean afterBaseline(EvmLog log) {
    return log.blockNumber() > platform.baselineBlock();
  }

  void ownership(EvmLog log, DecodedEvent.OwnershipTransferred o, Instant time) {
    String c = log.address();
    boolean expected =
        o.newOwner().equals(ZERO)
            || platform.isAdmin(o.newOwner())
            || state.governance().baselineOwner(c, o.newOwner());
    state.governance().owner(c, o.newOwner(), !afterBaseline(log));
    if (afterBaseline(log) && !expected) {
      Map<String, Object> facts = describe.facts(rules.privilegeChange().id(), log, c);
      facts.put("event", "OwnershipTransferred");
      facts.put("previous_owner", o.previousOwner());
      facts.put("new_owner", o.newOwner());
      facts.put("why", "the new owner is neither a declared admin nor the baseline owner");
      findings.add(
          rules.privilegeChange(),
          rules.privilegeChange().score(),
          "Ownership of " + index.label(c) + " transferred to undeclared " + o.newOwner(),
          log,
          time,
          facts);
    }
  }

  void role(EvmLog log, DecodedEvent.RoleChanged r, Instant time) {
    String c = log.address();
    boolean expected =
        !r.granted()
            || platform.isAdmin(r.account())
            || state.governance().baselineHolder(c, r.role(), r.account());
    state.governance().role(c, r.role(), r.account(), r.granted(), !afterBaseline(log));
    if (afterBaseline(log) && !expected) {
      Map<String, Object> facts = describe.facts(rules.privilegeChange().id(), log, c);
      facts.put("event", "RoleGranted");
      facts.put("role", r.role());
      facts.put("role_name", Governance.roleName(r.role()));
      facts.put("account", r.account());
      facts.put("sender", r.sender());
      facts.put(
          "why", "the account is neither a declared admin nor held this role at the baseline");
      findings.add(
          rules.privilegeChange(),
          rules.privilegeChange().score(),
          Governance.roleName(r.role())
              + " on "
              + index.label(c)
              + " granted to undeclared "
              + r.account(),
          log,
          time,
          facts);
    }
  }

  void upgrade(EvmLog log, DecodedEvent event, Instant time) {
    if (!afterBaseline(log)) {
      return;
    }
    String c = log.address();
    Map<String, Object> facts = describe.facts(rules.proxyUpgrade().id(), log, c);
    String title;
    switch (event) {
      case DecodedEvent.Upgraded u -> {
        facts.put("event", "Upgraded");
        facts.put("implementation", u.implementation());
        title = index.label(c) + " upgraded to implementation " + u.implementation();
      }
      case DecodedEvent.BeaconUpgraded b -> {
        facts.put("event", "BeaconUpgraded");
        facts.put("beacon", b.beacon());
        title = index.label(c) + " switched to beacon " + b.beacon();
      }
      case DecodedEvent.AdminChanged a -> {
        if (platform.isAdmin(a.newAdmin())) {
          return;
        }
        facts.put("event", "AdminChanged");
        facts.put("previous_admin", a.previousAdmin());
        facts.put("new_admin", a.newAdmin());
        title = "Proxy admin of " + index.label(c) + " changed to undeclared " + a.newAdmin();
      }
      default -> throw new IllegalArgumentException("not an upgrade: " + event);
    }
    findings.add(rules.proxyUpgrade(), rules.proxyUpgrade().score(), title, log, time, facts);
  }

  void pause(EvmLog log, DecodedEvent.PauseChanged p, Instant time) {
    int score = p.paused() ? rules.pause().meta().score() : rules.pause().unpauseScore();
    if (!afterBaseline(log) || score == 0) {
      return;
    }
    String c = log.address();
    Map<String, Object> facts = describe.facts(rules.pause().meta().id(), log, c);
    facts.put("event", p.paused() ? "Paused" : "Unpaused");
    facts.put("account", p.account());
    findings.add(
        rules.pause().meta(),
        score,
        index.label(c) + (p.paused() ? " paused by " : " unpaused by ") + describe.who(p.account()),
        log,
        time,
        facts);
  }

  void transfer(Decoded d, DecodedEvent.Transfer t, Instant time, TxParties tx) {
    EvmLog log = d.log();
    if (index.needsSender(d)) {
      mint(log, t, time, tx);
    }
    String fromEntry = screening.entry(t.from());
    String toEntry = screening.entry(t.to());
    if (fromEntry != null || toEntry != null) {
      sanctioned(log, t, time, fromEntry, toEntry);
    }
  }

  private void mint(EvmLog log, DecodedEvent.Transfer t, Instant time, TxParties tx) {
    String token = log.address();
    DeclaredContract.Token declared = index.token(token);
    BigInteger min = Pricing.units(rules.unexpectedMint().minTokens(), declared.decimals());
    if (t.amount().compareTo(min) < 0 || t.amount().signum() == 0) {
      return;
    }
    String sender = tx == null ? null : tx.from();
    String callee = tx == null ? null : tx.to();
    Governance g = state.governance();
    boolean expected =
        sender != null
            && (platform.isAdmin(sender)
                || g.baselineMinter(token, sender)
                || (callee != null
                    && (platform.isAdmin(callee) || g.baselineMinter(token, callee))));
    if (expected) {
      return;
    }
    Map<String, Object> facts = describe.facts(rules.unexpectedMint().meta().id(), log, token);
    facts.put("event", "Transfer (mint)");
    facts.put("to", t.to());
    facts.put("amount", t.amount().toString());
    facts.put("amount_tokens", Pricing.whole(t.amount(), declared.decimals()));
    facts.put("tx_from", sender);
    facts.put("tx_to", callee);
    facts.put("min_tokens", rules.unexpectedMint().minTokens().toPlainString());
    facts.put("why", "the transaction's sender is not a baseline minter, owner or declared admin");
    findings.add(
        rules.unexpectedMint().meta(),
        rules.unexpectedMint().meta().score(),
        describe.amount(t.amount(), token)
            + " minted in a transaction from "
            + (sender == null ? "an unknown sender" : sender),
        log,
        time,
        facts);
  }

  private void sanctioned(
      EvmLog log, DecodedEvent.Transfer t, Instant time, String fromEntry, String toEntry) {
    String token = log.address();
    int decimals = index.decimals(token);
    if (t.amount().compareTo(Pricing.units(rules.sanctionedTransfer().minTokens(), decimals)) < 0) {
      return;
    }
    Map<String, Object> facts = describe.facts(rules.sanctionedTransfer().meta().id(), log, token);
    facts.put("event", "Transfer");
    facts.put("from", t.from());
    facts.put("to", t.to());
    facts.put("amount", t.amount().toString());
    facts.put("amount_tokens", Pricing.whole(t.amount(), decimals));
    facts.put("from_listed_as", fromEntry);
    facts.put("to_listed_as", toEntry);
    String title =
        describe.amount(t.amount(), token)
            + (toEntry != null
                ? " sent to sanctioned " + t.to() + " (" + toEntry + ")"
                : " received from sanctioned " + t.from() + " (" + fromEntry + ")");
    findings.add(
        rules.sanctionedTransfer().meta(),
        rules.sanctionedTransfer().meta().score(),
        title,
        log,
        time,
        facts);
  }

  void answer(EvmLog log, DecodedEvent.AnswerUpdated a, Instant time) {
    String oracle = log.address();
    BigInteger previous = state.answer(oracle);
    state.answer(oracle, a.current());
    if (previous == null || previous.signum() == 0) {
      return;
    }
    BigInteger move = a.current().subtract(previous).abs();
    int threshold = rules.oracleMove().moveBps();
    if (!Pricing.atLeastBps(move, previous.abs(), threshold)) {
      return;
    }
    Map<String, Object> facts = describe.facts(rules.oracleMove().meta().id(), log, oracle);
    facts.put("event", "AnswerUpdated");
    facts.put("previous_answer", describe.oracleAnswer(oracle, previous));
    facts.put("answer", describe.oracleAnswer(oracle, a.current()));
    facts.put("round_id", a.roundId().toString());
    facts.put("move_bps", Pricing.bps(move, previous.abs()).toString());
    facts.put("threshold_bps", threshold);
    findings.add(
        rules.oracleMove().meta(),
        rules.oracleMove().meta().score(),
        index.label(oracle) + " moved " + Pricing.bps(move, previous.abs()) + " bps in one update",
        log,
        time,
        facts);
  }
}
