package org.sovereign.supervision.defi.rules;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The DeFi monitoring rules with their thresholds, as read from a versioned rules file ({@code
 * defi/defi-rules-default.json} by default). Amounts are whole units of a quote asset or token;
 * shares and moves are basis points.
 */
public record DefiRules(
    String version,
    String digest,
    LargeOutflow largeOutflow,
    ValueLockedDrop valueLockedDrop,
    PoolImbalance poolImbalance,
    OracleMove oracleMove,
    Meta privilegeChange,
    Meta proxyUpgrade,
    Pause pause,
    Tokens unexpectedMint,
    Tokens sanctionedTransfer) {

  /** What every rule has: its id, the typology its alerts carry, its score, whether it is on. */
  public record Meta(String id, String typology, int score, boolean enabled) {}

  /** Net outflow from a pool or treasury within the window: absolute or as a share of value. */
  public record LargeOutflow(Meta meta, Duration window, BigDecimal minQuote, int shareBps) {}

  /** Value locked below the window's highest by {@code dropBps}, for values of some size. */
  public record ValueLockedDrop(
      Meta meta, Duration window, int dropBps, BigDecimal minValueQuote) {}

  /** A pool's price off its oracle's (or its baseline price) by {@code deviationBps}. */
  public record PoolImbalance(
      Meta meta, int deviationBps, BigDecimal minValueQuote, Duration cooldown) {}

  /** An oracle answer that moved by {@code moveBps} from the previous one. */
  public record OracleMove(Meta meta, int moveBps) {}

  /** Pausing alerts at the rule's score; unpausing at {@code unpauseScore} (0: not at all). */
  public record Pause(Meta meta, int unpauseScore) {}

  /** A rule on token amounts: nothing below {@code minTokens} whole tokens alerts. */
  public record Tokens(Meta meta, BigDecimal minTokens) {}
}
