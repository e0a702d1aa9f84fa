package org.sovereign.supervision.defi.rules;

import java.time.Instant;
import java.util.Map;
import org.sovereign.supervision.defi.rpc.EvmLog;

/** Collects the findings of a platform's evaluation into its {@link Effects}. */
final class Findings {
  private final long orgId;
  private final Effects out;

  Findings(long orgId, Effects out) {
    this.orgId = orgId;
    this.out = out;
  }

  void add(
      DefiRules.Meta rule,
      int score,
      String title,
      EvmLog log,
      Instant time,
      Map<String, Object> facts) {
    add(rule, score, title, log.address(), log, time, facts);
  }

  /** A finding about {@code contract} (a pool or treasury) keyed by the log that settled it. */
  void add(
      DefiRules.Meta rule,
      int score,
      String title,
      String contract,
      EvmLog log,
      Instant time,
      Map<String, Object> facts) {
    if (!rule.enabled()) {
      return;
    }
    facts.put("score", score);
    out.findings.add(
        new Effects.Finding(
            orgId,
            rule.id(),
            rule.typology(),
            score,
            title,
            contract,
            log.blockNumber(),
            time,
            log.txHash(),
            log.logIndex(),
            facts));
  }
}
