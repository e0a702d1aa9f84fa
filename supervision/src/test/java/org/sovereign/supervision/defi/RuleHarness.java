package org.sovereign.supervision.defi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.decode.LogDecoder;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.rpc.TxParties;
import org.sovereign.supervision.defi.rules.Decoded;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.defi.rules.Effects;
import org.sovereign.supervision.defi.rules.PlatformEvaluator;
import org.sovereign.supervision.defi.rules.PlatformIndex;
import org.sovereign.supervision.defi.rules.PlatformState;
import org.sovereign.supervision.defi.rules.Screening;

/** The rules over the scenario's chain in memory: no database, one evaluator run per step. */
final class RuleHarness {
  final Scenario scenario = new Scenario();
  final Platform platform;
  final PlatformIndex index;
  final PlatformState state;
  private final Screening screening = new Screening(DefiFixture.watchlist());
  private final LogDecoder decoder = new LogDecoder();
  final Effects all = new Effects();

  RuleHarness() {
    this(DefiRulesFile.defaults());
  }

  RuleHarness(DefiRules rules) {
    this(rules, Scenario.declaration(1, 1L));
  }

  RuleHarness(DefiRules rules, org.sovereign.supervision.defi.declare.PlatformRequest declaration) {
    platform = DefiPlatforms.check(new OrgId(7), declaration);
    index = new PlatformIndex(platform);
    state = new PlatformState(index, rules, 0, null);
    state.seeded(true);
    scenario.deploy();
  }

  /** Evaluates the blocks mined since the last step; returns the findings' rule ids. */
  List<String> step() {
    return findings().stream().map(Effects.Finding::ruleId).toList();
  }

  List<Effects.Finding> findings() {
    long head = scenario.chain.headNumber();
    long from = state.syncedBlock() + 1;
    List<Decoded> decoded = new ArrayList<>();
    List<EvmLog> raw = new ArrayList<>();
    for (LogQuery q : index.queries(from, head)) {
      raw.addAll(scenario.chain.logs(q));
    }
    raw.sort(
        java.util.Comparator.comparingLong(EvmLog::blockNumber).thenComparingInt(EvmLog::logIndex));
    for (EvmLog log : raw) {
      DecodedEvent e = decoder.decode(log);
      if (e != null) {
        decoded.add(new Decoded(log, e));
      }
    }
    Set<String> mints =
        decoded.stream()
            .filter(index::needsSender)
            .map(d -> d.log().txHash())
            .collect(Collectors.toSet());
    Map<String, TxParties> txs = scenario.chain.transactions(mints);
    Effects effects = new Effects();
    new PlatformEvaluator(state, screening, Scenario.CHAIN_ID, "test", effects)
        .evaluate(decoded, n -> scenario.chain.header(n).timestamp(), txs, head);
    all.events.addAll(effects.events);
    all.values.addAll(effects.values);
    all.findings.addAll(effects.findings);
    return effects.findings;
  }
}
