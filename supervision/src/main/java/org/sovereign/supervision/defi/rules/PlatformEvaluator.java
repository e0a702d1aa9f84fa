package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.TxParties;

/**
 * Runs a platform's logs of a block range, in chain order, through its rules: updates the state,
 * judges each log and, at the end of each transaction, each touched pool and treasury; records per
 * block the balances, values and prices that changed. One instance per platform and range.
 */
public final class PlatformEvaluator {
  private static final String ZERO = "0x" + "0".repeat(40);

  private final PlatformState state;
  private final PlatformIndex index;
  private final long orgId;
  private final Effects out;
  private final Describe describe;
  private final EventRules events;
  private final HolderRules holders;

  private long block = -1;
  private Instant time;
  private String tx;

  /** Per holder and token, what the transaction moved out and in (raw amounts). */
  private final Map<String, Map<String, BigInteger[]>> txFlows = new LinkedHashMap<>();

  private final Map<String, BigInteger> txValueBefore = new HashMap<>();
  private final Map<String, EvmLog> txLast = new HashMap<>();
  private final Set<String> txValues = new LinkedHashSet<>();
  private final Set<String> txPools = new LinkedHashSet<>();
  private final Set<String> blockBalances = new LinkedHashSet<>();
  private final Set<String> blockValues = new LinkedHashSet<>();
  private final Map<String, BigInteger[]> blockPrices = new LinkedHashMap<>();

  public PlatformEvaluator(
      PlatformState state, Screening screening, long chainId, String rulesVersion, Effects out) {
    this.state = state;
    this.index = state.index();
    this.orgId = index.platform().orgId().value();
    this.out = out;
    this.describe = new Describe(index, chainId, rulesVersion);
    Findings findings = new Findings(orgId, out);
    this.events = new EventRules(state, screening, describe, findings);
    this.holders = new HolderRules(state, describe, findings);
  }

  /**
   * Seeds the balances pools and treasuries held at {@code block} (the block before the start), as
   * read from the node, before the first range.
   */
  public void seed(Map<String, Map<String, BigInteger>> balances, long block, Instant time) {
    balances.forEach(
        (holder, tokens) -> tokens.forEach((token, b) -> state.loadBalance(holder, token, b)));
    this.block = block;
    this.time = time;
    for (String holder : balances.keySet()) {
      balances.get(holder).keySet().forEach(token -> blockBalances.add(holder + " " + token));
      BigInteger value = state.valueLocked(holder);
      if (value != null) {
        state.value(holder, value);
        blockValues.add(holder);
      }
    }
    closeBlock();
    state.seeded(true);
  }

  /**
   * Evaluates the logs of blocks up to {@code to} (logs of other platforms and of blocks already
   * processed are skipped); {@code times} gives each block's timestamp.
   */
  public void evaluate(
      List<Decoded> logs, LongFunction<Instant> times, Map<String, TxParties> txs, long to) {
    for (Decoded d : logs) {
      EvmLog log = d.log();
      if (log.blockNumber() <= state.syncedBlock()
          || log.blockNumber() > to
          || !index.concerns(d)) {
        continue;
      }
      if (log.blockNumber() != block) {
        closeTx();
        closeBlock();
        openBlock(log.blockNumber(), times.apply(log.blockNumber()));
      }
      if (!log.txHash().equals(tx)) {
        closeTx();
        tx = log.txHash();
      }
      handle(d, txs);
    }
    closeTx();
    closeBlock();
    settleBaselines(to + 1);
    if (to > state.syncedBlock()) {
      state.synced(to, times.apply(to));
    }
  }

  private void openBlock(long number, Instant at) {
    block = number;
    time = at;
    settleBaselines(number);
  }

  /**
   * A pool's baseline price: its reserves at the end of the baseline block, or for a pool empty
   * then, at the end of the first block in which it holds both tokens.
   */
  private void settleBaselines(long opening) {
    if (opening <= index.platform().baselineBlock()) {
      return;
    }
    for (DeclaredContract.Pool p : index.pools()) {
      BigInteger[] r = state.reserves(p.address());
      if (r != null
          && r[0].signum() > 0
          && r[1].signum() > 0
          && state.baselineReserves(p.address()) == null) {
        state.loadBaselineReserves(p.address(), r[0], r[1]);
      }
    }
  }

  private void handle(Decoded d, Map<String, TxParties> txs) {
    EvmLog log = d.log();
    switch (d.event()) {
      case DecodedEvent.Transfer t -> transfer(d, t, txs.get(log.txHash()));
      case DecodedEvent.Sync s -> sync(log, s);
      case DecodedEvent.Swap s -> poolEvent(log, s);
      case DecodedEvent.LiquidityAdded a -> poolEvent(log, a);
      case DecodedEvent.LiquidityRemoved r -> poolEvent(log, r);
      case DecodedEvent.AnswerUpdated a -> answer(log, a);
      case DecodedEvent.OwnershipTransferred o -> {
        events.ownership(log, o, time);
        row(log, o, Map.of("previous", o.previousOwner(), "owner", o.newOwner()));
      }
      case DecodedEvent.RoleChanged r -> {
        events.role(log, r, time);
        row(log, r, Map.of("role", r.role(), "account", r.account(), "sender", r.sender()));
      }
      case DecodedEvent.Upgraded u -> {
        events.upgrade(log, u, time);
        row(log, u, Map.of("implementation", u.implementation()));
      }
      case DecodedEvent.BeaconUpgraded b -> {
        events.upgrade(log, b, time);
        row(log, b, Map.of("beacon", b.beacon()));
      }
      case DecodedEvent.AdminChanged a -> {
        events.upgrade(log, a, time);
        row(log, a, Map.of("previous_admin", a.previousAdmin(), "new_admin", a.newAdmin()));
      }
      case DecodedEvent.PauseChanged p -> {
        events.pause(log, p, time);
        row(log, p, Map.of("account", p.account(), "paused", p.paused()));
      }
    }
  }

  private void transfer(Decoded d, DecodedEvent.Transfer t, TxParties parties) {
    EvmLog log = d.log();
    int findingsBefore = out.findings.size();
    events.transfer(d, t, time, parties);
    String token = log.address();
    boolean kept = out.findings.size() > findingsBefore;
    if (index.holds(t.from(), token)) {
      flow(t.from(), token, t.amount(), true, log);
      kept = true;
    }
    if (index.holds(t.to(), token)) {
      flow(t.to(), token, t.amount(), false, log);
      kept = true;
    }
    if (kept || (index.token(token) != null && (t.from().equals(ZERO) || t.to().equals(ZERO)))) {
      row(
          log,
          t,
          t.from().equals(ZERO) ? Map.of("to", t.to(), "amount", t.amount().toString()) : null);
    }
  }

  private void flow(String holder, String token, BigInteger amount, boolean out, EvmLog log) {
    touch(holder, log);
    BigInteger[] f =
        txFlows
            .computeIfAbsent(holder, k -> new LinkedHashMap<>())
            .computeIfAbsent(token, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
    f[out ? 0 : 1] = f[out ? 0 : 1].add(amount);
    if (index.treasury(holder) != null) {
      BigInteger balance = state.balance(holder, token);
      state.balance(holder, token, out ? balance.subtract(amount) : balance.add(amount));
      blockBalances.add(holder + " " + token);
      txValues.add(holder);
    }
  }

  private void sync(EvmLog log, DecodedEvent.Sync s) {
    DeclaredContract.Pool pool = index.pool(log.address());
    if (pool == null) {
      return;
    }
    touch(pool.address(), log);
    state.reserves(pool.address(), s.reserve0(), s.reserve1());
    // the pool prices what treasuries hold: their value moves with it
    for (DeclaredContract.Treasury t :
        index.platform().contracts(DeclaredContract.Treasury.class)) {
      if (t.tokens().contains(pool.base()) && t.quote().equals(pool.quote())) {
        txLast.putIfAbsent(t.address(), log);
        txValues.add(t.address());
      }
    }
    blockBalances.add(pool.address() + " " + pool.token0());
    blockBalances.add(pool.address() + " " + pool.token1());
    txValues.add(pool.address());
    txPools.add(pool.address());
  }

  private void poolEvent(EvmLog log, DecodedEvent event) {
    if (index.pool(log.address()) != null) {
      row(log, event, null);
    }
  }

  private void answer(EvmLog log, DecodedEvent.AnswerUpdated a) {
    if (!(index.contract(log.address()) instanceof DeclaredContract.Oracle)) {
      return;
    }
    events.answer(log, a, time);
    blockPrices.put(log.address(), new BigInteger[] {a.current(), a.roundId()});
    for (DeclaredContract.Pool p : index.poolsPricedBy(log.address())) {
      txLast.putIfAbsent(p.address(), log);
      txPools.add(p.address());
    }
    row(log, a, null);
  }

  private void touch(String holder, EvmLog log) {
    if (!txValueBefore.containsKey(holder)) {
      txValueBefore.put(holder, state.value(holder));
    }
    txLast.put(holder, log);
  }

  /**
   * What moved out of and into {@code holder}, in its quote asset at the prices after the
   * transaction: a token dumped into a pool is worth what the pool's price says once the dump is
   * done, not what it said before (otherwise minting and dumping a worthless token would look like
   * a fair swap). Tokens with no price in the quote asset are left out.
   */
  private BigInteger[] valued(String holder, Map<String, BigInteger[]> byToken) {
    String quote = index.quoteOf(holder);
    BigInteger[] total = {BigInteger.ZERO, BigInteger.ZERO};
    for (Map.Entry<String, BigInteger[]> e : byToken.entrySet()) {
      for (int side = 0; side < 2; side++) {
        BigInteger worth = state.worth(e.getKey(), e.getValue()[side], quote);
        if (worth != null) {
          total[side] = total[side].add(worth);
        }
      }
    }
    return total;
  }

  private void closeTx() {
    if (tx == null) {
      return;
    }
    for (Map.Entry<String, Map<String, BigInteger[]>> f : txFlows.entrySet()) {
      String holder = f.getKey();
      BigInteger[] flow = valued(holder, f.getValue());
      EvmLog last = txLast.get(holder);
      holders.flow(holder, flow[0], flow[1], txValueBefore.get(holder), last, time);
      out.flows.add(new Effects.FlowRow(orgId, holder, block, tx, time, flow[0], flow[1]));
    }
    for (String holder : txValues) {
      BigInteger value = state.valueLocked(holder);
      if (value != null && !value.equals(state.value(holder))) {
        state.value(holder, value);
        blockValues.add(holder);
        holders.value(holder, value, txLast.get(holder), time);
      }
    }
    for (String pool : txPools) {
      holders.price(index.pool(pool), txLast.get(pool), time);
    }
    txFlows.clear();
    txValueBefore.clear();
    txLast.clear();
    txValues.clear();
    txPools.clear();
    tx = null;
  }

  private void closeBlock() {
    if (block < 0) {
      return;
    }
    for (String key : blockBalances) {
      int space = key.indexOf(' ');
      String holder = key.substring(0, space);
      String token = key.substring(space + 1);
      BigInteger balance =
          index.pool(holder) != null
              ? state.reserveOf(holder, token)
              : state.balance(holder, token);
      out.balances.add(new Effects.BalanceRow(orgId, holder, token, block, time, balance));
    }
    for (String holder : blockValues) {
      BigInteger value = state.value(holder);
      state.closeValue(holder, time, value);
      out.values.add(new Effects.ValueRow(orgId, holder, block, time, value));
    }
    blockPrices.forEach(
        (oracle, p) ->
            out.prices.add(new Effects.PriceRow(orgId, oracle, block, time, p[0], p[1])));
    if (block >= index.platform().baselineBlock()) {
      settleBaselines(block + 1);
    }
    blockBalances.clear();
    blockValues.clear();
    blockPrices.clear();
    block = -1;
  }

  private void row(EvmLog log, DecodedEvent event, Map<String, ?> detail) {
    out.events.add(
        new Effects.EventRow(
            orgId,
            log.blockNumber(),
            log.logIndex(),
            log.txHash(),
            time,
            log.address(),
            event.kind().name(),
            describe.summary(log, event),
            detail == null ? null : Json.canonical(detail)));
  }
}
