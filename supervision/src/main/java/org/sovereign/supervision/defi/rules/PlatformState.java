package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sovereign.supervision.defi.declare.DeclaredContract;

/**
 * What the rules remember of a platform between logs: pool reserves (now and at the baseline),
 * treasury balances, value and flow windows, oracle answers, roles and owners, and when windowed
 * rules last alerted. Built fresh at the start block or loaded from the stored rows; mutated only
 * by {@link PlatformEvaluator}.
 */
public final class PlatformState {
  private final PlatformIndex index;
  private final DefiRules rules;
  private final Map<String, BigInteger[]> reserves = new HashMap<>();
  private final Map<String, BigInteger[]> baselineReserves = new HashMap<>();
  private final Map<String, Map<String, BigInteger>> balances = new HashMap<>();
  private final Map<String, BigInteger> values = new HashMap<>();
  private final Map<String, ValueWindow> dropWindows = new HashMap<>();
  private final Map<String, ValueWindow> outflowWindows = new HashMap<>();
  private final Map<String, FlowWindow> flows = new HashMap<>();
  private final Map<String, BigInteger> answers = new HashMap<>();
  private final Governance governance = new Governance();
  private final Cooldowns cooldowns = new Cooldowns();
  private long syncedBlock;
  private Instant syncedTime;
  private boolean seeded;

  public PlatformState(PlatformIndex index, DefiRules rules, long syncedBlock, Instant syncedTime) {
    this.index = index;
    this.rules = rules;
    this.syncedBlock = syncedBlock;
    this.syncedTime = syncedTime;
  }

  public PlatformIndex index() {
    return index;
  }

  public long syncedBlock() {
    return syncedBlock;
  }

  public Instant syncedTime() {
    return syncedTime;
  }

  void synced(long block, Instant time) {
    syncedBlock = block;
    if (time != null) {
      syncedTime = time;
    }
  }

  /** Whether the balances at the start block are known (fetched once, then stored). */
  public boolean seeded() {
    return seeded;
  }

  // Loading from stored rows (and seeding at the start block).

  public void seeded(boolean value) {
    seeded = value;
  }

  public void loadBalance(String holder, String token, BigInteger balance) {
    DeclaredContract.Pool pool = index.pool(holder);
    if (pool != null) {
      BigInteger[] r = reserves.computeIfAbsent(holder, k -> zeros());
      r[pool.token0().equals(token) ? 0 : 1] = balance;
    } else {
      balances.computeIfAbsent(holder, k -> new HashMap<>()).put(token, balance);
    }
  }

  public void loadBaselineReserves(String pool, BigInteger reserve0, BigInteger reserve1) {
    baselineReserves.put(pool, new BigInteger[] {reserve0, reserve1});
  }

  public void loadValue(String holder, Instant time, BigInteger value) {
    values.put(holder, value);
    closeValue(holder, time, value);
  }

  public void loadFlow(String holder, Instant time, BigInteger outflow, BigInteger inflow) {
    flows(holder).add(time, outflow, inflow);
  }

  public void loadAnswer(String oracle, BigInteger answer) {
    answers.put(oracle, answer);
  }

  public void loadOwner(String contract, String owner, long block) {
    governance.owner(contract, owner, block <= index.platform().baselineBlock());
  }

  public void loadRole(String contract, String role, String account, boolean granted, long block) {
    governance.role(contract, role, account, granted, block <= index.platform().baselineBlock());
  }

  public void loadAlert(String ruleId, String contract, Instant time) {
    cooldowns.raised(ruleId, contract, time);
  }

  // Used by the evaluator.

  DefiRules rules() {
    return rules;
  }

  Governance governance() {
    return governance;
  }

  Cooldowns cooldowns() {
    return cooldowns;
  }

  BigInteger[] reserves(String pool) {
    return reserves.get(pool);
  }

  void reserves(String pool, BigInteger reserve0, BigInteger reserve1) {
    reserves.put(pool, new BigInteger[] {reserve0, reserve1});
  }

  BigInteger[] baselineReserves(String pool) {
    return baselineReserves.get(pool);
  }

  BigInteger balance(String holder, String token) {
    return balances.getOrDefault(holder, Map.of()).getOrDefault(token, BigInteger.ZERO);
  }

  void balance(String holder, String token, BigInteger value) {
    balances.computeIfAbsent(holder, k -> new HashMap<>()).put(token, value);
  }

  BigInteger answer(String oracle) {
    return answers.get(oracle);
  }

  void answer(String oracle, BigInteger value) {
    answers.put(oracle, value);
  }

  /** The value locked last computed for a holder, or null. */
  BigInteger value(String holder) {
    return values.get(holder);
  }

  void value(String holder, BigInteger value) {
    values.put(holder, value);
  }

  /** Adds a block's closing value to the holder's windows. */
  void closeValue(String holder, Instant time, BigInteger value) {
    dropWindows
        .computeIfAbsent(holder, k -> new ValueWindow(rules.valueLockedDrop().window()))
        .add(time, value);
    outflowWindows
        .computeIfAbsent(holder, k -> new ValueWindow(rules.largeOutflow().window()))
        .add(time, value);
  }

  /** The highest closing value in the drop rule's window, or null. */
  BigInteger highestForDrop(String holder, Instant now) {
    ValueWindow w = dropWindows.get(holder);
    return w == null ? null : w.highest(now);
  }

  /** The highest closing value in the outflow rule's window, or null. */
  BigInteger highestForOutflow(String holder, Instant now) {
    ValueWindow w = outflowWindows.get(holder);
    return w == null ? null : w.highest(now);
  }

  FlowWindow flows(String holder) {
    return flows.computeIfAbsent(holder, k -> new FlowWindow(rules.largeOutflow().window()));
  }

  /** A pool's reserve of {@code token}, or null when its reserves are not known yet. */
  BigInteger reserveOf(String pool, String token) {
    BigInteger[] r = reserves.get(pool);
    if (r == null) {
      return null;
    }
    return index.pool(pool).token0().equals(token) ? r[0] : r[1];
  }

  /** The value locked of a pool or treasury in its quote asset's units, or null when unknown. */
  BigInteger valueLocked(String holder) {
    DeclaredContract.Pool pool = index.pool(holder);
    if (pool != null) {
      BigInteger quote = reserveOf(holder, pool.quote());
      return quote == null ? null : quote.shiftLeft(1);
    }
    DeclaredContract.Treasury treasury = index.treasury(holder);
    BigInteger total = BigInteger.ZERO;
    for (String token : treasury.tokens()) {
      BigInteger worth = worth(token, balance(holder, token), treasury.quote());
      if (worth != null) {
        total = total.add(worth);
      }
    }
    return total;
  }

  /** {@code amount} of {@code token} in {@code quote} units, via a declared pool; null if none. */
  BigInteger worth(String token, BigInteger amount, String quote) {
    if (token.equals(quote)) {
      return amount;
    }
    DeclaredContract.Pool pool = index.pricingPool(token, quote);
    if (pool == null) {
      return null;
    }
    BigInteger rToken = reserveOf(pool.address(), token);
    BigInteger rQuote = reserveOf(pool.address(), quote);
    return rToken == null ? null : Pricing.value(amount, rToken, rQuote);
  }

  private static BigInteger[] zeros() {
    return new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO};
  }
}
