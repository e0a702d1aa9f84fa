package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.rpc.EvmLog;

/**
 * The rules on a pool's or treasury's state, judged once its transaction is complete (so a flash
 * swap that returns what it took within the transaction is not an outflow): large net outflow, drop
 * in value locked, and pool price off the oracle or baseline.
 */
final class HolderRules {
  private final PlatformState state;
  private final PlatformIndex index;
  private final DefiRules rules;
  private final Describe describe;
  private final Findings findings;

  HolderRules(PlatformState state, Describe describe, Findings findings) {
    this.state = state;
    this.index = state.index();
    this.rules = state.rules();
    this.describe = describe;
    this.findings = findings;
  }

  /**
   * A transaction moved {@code outflow} out of and {@code inflow} into {@code holder} (quote
   * units); {@code before} is its value locked before the transaction.
   */
  void flow(
      String holder,
      BigInteger outflow,
      BigInteger inflow,
      BigInteger before,
      EvmLog last,
      Instant time) {
    state.flows(holder).add(time, outflow, inflow);
    DefiRules.LargeOutflow rule = rules.largeOutflow();
    BigInteger net = state.flows(holder).net(time);
    if (outflow.compareTo(inflow) <= 0 || net.signum() <= 0) {
      return;
    }
    String quote = index.quoteOf(holder);
    int decimals = index.decimals(quote);
    BigInteger absolute = Pricing.units(rule.minQuote(), decimals);
    BigInteger reference = state.highestForOutflow(holder, time);
    if (before != null) {
      reference = reference == null ? before : reference.max(before);
    }
    boolean large = absolute.signum() > 0 && net.compareTo(absolute) >= 0;
    boolean share = reference != null && Pricing.atLeastBps(net, reference, rule.shareBps());
    if (!(large || share)
        || state.cooldowns().cooling(rule.meta().id(), holder, time, rule.window())) {
      return;
    }
    Map<String, Object> facts = describe.facts(rule.meta().id(), last, holder);
    facts.put("quote_token", quote);
    facts.put("net_outflow", net.toString());
    facts.put("net_outflow_quote", Pricing.whole(net, decimals));
    facts.put("tx_outflow", outflow.toString());
    facts.put("tx_inflow", inflow.toString());
    facts.put("window_minutes", rule.window().toMinutes());
    facts.put("threshold_quote", rule.minQuote().toPlainString());
    facts.put("threshold_share_bps", rule.shareBps());
    if (reference != null && reference.signum() > 0) {
      facts.put("reference_value_locked", reference.toString());
      facts.put("share_bps", Pricing.bps(net, reference).toString());
    }
    facts.put("crossed", large && share ? "absolute and share" : large ? "absolute" : "share");
    state.cooldowns().raised(rule.meta().id(), holder, time);
    findings.add(
        rule.meta(),
        rule.meta().score(),
        describe.amount(net, quote)
            + " net outflow from "
            + index.label(holder)
            + " within "
            + rule.window().toMinutes()
            + " min",
        holder,
        last,
        time,
        facts);
  }

  /** The holder's value locked is now {@code value}: judge the drop from the window's highest. */
  void value(String holder, BigInteger value, EvmLog last, Instant time) {
    DefiRules.ValueLockedDrop rule = rules.valueLockedDrop();
    BigInteger highest = state.highestForDrop(holder, time);
    if (highest == null || value.compareTo(highest) >= 0) {
      return;
    }
    String quote = index.quoteOf(holder);
    int decimals = index.decimals(quote);
    BigInteger drop = highest.subtract(value);
    if (highest.compareTo(Pricing.units(rule.minValueQuote(), decimals)) < 0
        || !Pricing.atLeastBps(drop, highest, rule.dropBps())
        || state.cooldowns().cooling(rule.meta().id(), holder, time, rule.window())) {
      return;
    }
    Map<String, Object> facts = describe.facts(rule.meta().id(), last, holder);
    facts.put("quote_token", quote);
    facts.put("value_locked", value.toString());
    facts.put("value_locked_quote", Pricing.whole(value, decimals));
    facts.put("window_high", highest.toString());
    facts.put("window_high_quote", Pricing.whole(highest, decimals));
    facts.put("drop_bps", Pricing.bps(drop, highest).toString());
    facts.put("threshold_bps", rule.dropBps());
    facts.put("window_minutes", rule.window().toMinutes());
    state.cooldowns().raised(rule.meta().id(), holder, time);
    findings.add(
        rule.meta(),
        rule.meta().score(),
        "Value locked in "
            + index.label(holder)
            + " down "
            + Pricing.bps(drop, highest)
            + " bps within "
            + rule.window().toMinutes()
            + " min",
        holder,
        last,
        time,
        facts);
  }

  /** Judges a pool's price against its oracle's answer, or else its baseline price. */
  void price(DeclaredContract.Pool pool, EvmLog last, Instant time) {
    DefiRules.PoolImbalance rule = rules.poolImbalance();
    BigInteger rBase = state.reserveOf(pool.address(), pool.base());
    BigInteger rQuote = state.reserveOf(pool.address(), pool.quote());
    if (rBase == null || rBase.signum() == 0) {
      return;
    }
    int db = index.decimals(pool.base());
    int dq = index.decimals(pool.quote());
    if (rQuote.shiftLeft(1).compareTo(Pricing.units(rule.minValueQuote(), dq)) < 0) {
      return;
    }
    DeclaredContract.Oracle oracle = index.oracleFor(pool.base());
    BigInteger answer = oracle == null ? null : state.answer(oracle.address());
    BigInteger diff;
    BigInteger denominator;
    String reference;
    if (answer != null && answer.signum() > 0) {
      BigInteger poolSide =
          rQuote.multiply(Pricing.pow10(db)).multiply(Pricing.pow10(oracle.decimals()));
      BigInteger oracleSide = answer.multiply(rBase).multiply(Pricing.pow10(dq));
      diff = poolSide.subtract(oracleSide).abs();
      denominator = oracleSide;
      reference =
          "oracle " + oracle.address() + " answer " + Pricing.whole(answer, oracle.decimals());
    } else {
      BigInteger[] baseline = state.baselineReserves(pool.address());
      if (baseline == null || last.blockNumber() <= index.platform().baselineBlock()) {
        return;
      }
      boolean q0 = pool.quoteIsToken0();
      BigInteger bQuote = q0 ? baseline[0] : baseline[1];
      BigInteger bBase = q0 ? baseline[1] : baseline[0];
      if (bQuote.signum() == 0 || bBase.signum() == 0) {
        return;
      }
      diff = rQuote.multiply(bBase).subtract(bQuote.multiply(rBase)).abs();
      denominator = bQuote.multiply(rBase);
      reference = "baseline price " + Pricing.price(bBase, db, bQuote, dq).toPlainString();
    }
    if (!Pricing.atLeastBps(diff, denominator, rule.deviationBps())
        || state.cooldowns().cooling(rule.meta().id(), pool.address(), time, rule.cooldown())) {
      return;
    }
    BigInteger bps = Pricing.bps(diff, denominator);
    Map<String, Object> facts = describe.facts(rule.meta().id(), last, pool.address());
    facts.put("pool_price", Pricing.price(rBase, db, rQuote, dq).toPlainString());
    facts.put("reference", reference);
    facts.put("reserve_base", rBase.toString());
    facts.put("reserve_quote", rQuote.toString());
    facts.put("deviation_bps", bps.toString());
    facts.put("threshold_bps", rule.deviationBps());
    state.cooldowns().raised(rule.meta().id(), pool.address(), time);
    findings.add(
        rule.meta(),
        rule.meta().score(),
        index.label(pool.address())
            + " price "
            + bps
            + " bps off "
            + (answer != null && answer.signum() > 0 ? "its oracle" : "its baseline"),
        pool.address(),
        last,
        time,
        facts);
  }
}
