package org.sovereign.supervision.defi.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.declare.TokenScope;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.decode.EventKind;
import org.sovereign.supervision.defi.rpc.LogQuery;

/** A platform's declaration arranged for lookups on the hot path, and the logs to fetch for it. */
public final class PlatformIndex {
  private static final String ZERO = "0x" + "0".repeat(40);
  private final Platform platform;
  private final Map<String, DeclaredContract> contracts = new HashMap<>();
  private final Map<String, DeclaredContract.Token> tokens = new HashMap<>();
  private final Map<String, DeclaredContract.Pool> pools = new HashMap<>();
  private final Map<String, DeclaredContract.Treasury> treasuries = new HashMap<>();
  private final Map<String, DeclaredContract.Oracle> oracleByToken = new HashMap<>();
  private final Map<String, List<DeclaredContract.Pool>> poolsByOracle = new HashMap<>();
  private final Map<String, Set<String>> holderTokens = new HashMap<>();
  private final Map<String, DeclaredContract.Pool> pricing = new HashMap<>();
  private final Set<String> followed = new LinkedHashSet<>();
  private final Set<String> flowTokens = new LinkedHashSet<>();
  private final Set<String> parties = new LinkedHashSet<>();

  public PlatformIndex(Platform platform) {
    this.platform = platform;
    platform.admins().forEach(a -> parties.add(a.address()));
    for (DeclaredContract c : platform.contracts()) {
      contracts.put(c.address(), c);
      switch (c) {
        case DeclaredContract.Token t -> {
          tokens.put(t.address(), t);
          (t.scope() == TokenScope.ALL ? followed : flowTokens).add(t.address());
        }
        case DeclaredContract.Pool p -> {
          pools.put(p.address(), p);
          holderTokens.put(p.address(), Set.of(p.token0(), p.token1()));
          parties.add(p.address());
          pricing.putIfAbsent(p.base() + p.quote(), p);
          followed.add(p.address());
        }
        case DeclaredContract.Treasury t -> {
          treasuries.put(t.address(), t);
          holderTokens.put(t.address(), Set.copyOf(t.tokens()));
          parties.add(t.address());
          followed.add(t.address());
        }
        case DeclaredContract.Oracle o -> {
          oracleByToken.putIfAbsent(o.token(), o);
          followed.add(o.address());
        }
        case DeclaredContract.Proxy x -> followed.add(x.address());
      }
    }
    for (DeclaredContract.Pool p : pools.values()) {
      DeclaredContract.Oracle o = oracleByToken.get(p.base());
      if (o != null) {
        poolsByOracle.computeIfAbsent(o.address(), k -> new ArrayList<>()).add(p);
      }
    }
  }

  public Platform platform() {
    return platform;
  }

  /** The {@code eth_getLogs} filters covering this platform over a block range. */
  public List<LogQuery> queries(long from, long to) {
    return queries(List.of(this), from, to);
  }

  /** Filters for several platforms at once: their followed contracts, then flows of others. */
  public static List<LogQuery> queries(Collection<PlatformIndex> indexes, long from, long to) {
    return queries(indexes, from, to, List.of());
  }

  /**
   * As above, plus transfers in any token between a platform's own accounts (pools, treasuries,
   * admins) and a {@code listed} address, both ways: proceeds paid out in a token nobody declared
   * are still caught.
   */
  public static List<LogQuery> queries(
      Collection<PlatformIndex> indexes, long from, long to, List<String> listed) {
    List<LogQuery> queries = baseQueries(indexes, from, to);
    Set<String> parties = new LinkedHashSet<>();
    indexes.forEach(i -> parties.addAll(i.parties()));
    if (!listed.isEmpty() && !parties.isEmpty()) {
      List<String> transfer = List.of(EventKind.TRANSFER.topic0());
      List<String> ours = parties.stream().map(PlatformIndex::topic).toList();
      List<String> theirs = listed.stream().map(PlatformIndex::topic).toList();
      queries.add(new LogQuery(from, to, List.of(), List.of(transfer, ours, theirs)));
      queries.add(new LogQuery(from, to, List.of(), List.of(transfer, theirs, ours)));
    }
    return queries;
  }

  private static String topic(String address) {
    return "0x" + "0".repeat(24) + address.substring(2);
  }

  /** The platform's own accounts: its pools, treasuries and admins. */
  Set<String> parties() {
    return parties;
  }

  private static List<LogQuery> baseQueries(Collection<PlatformIndex> indexes, long from, long to) {
    Set<String> all = new LinkedHashSet<>();
    Set<String> flows = new LinkedHashSet<>();
    Set<String> holders = new LinkedHashSet<>();
    for (PlatformIndex i : indexes) {
      all.addAll(i.followed);
      flows.addAll(i.flowTokens);
      holders.addAll(i.holderTokens.keySet());
    }
    flows.removeAll(all);
    List<LogQuery> queries = new ArrayList<>();
    if (!all.isEmpty()) {
      queries.add(LogQuery.of(from, to, List.copyOf(all)));
    }
    if (!flows.isEmpty() && !holders.isEmpty()) {
      List<String> padded =
          holders.stream().map(h -> "0x" + "0".repeat(24) + h.substring(2)).toList();
      List<String> transfer = List.of(EventKind.TRANSFER.topic0());
      queries.add(new LogQuery(from, to, List.copyOf(flows), List.of(transfer, padded)));
      queries.add(new LogQuery(from, to, List.copyOf(flows), List.of(transfer, List.of(), padded)));
    }
    return queries;
  }

  /** Whether a log is this platform's: from a followed contract, or a flow of a pool/treasury. */
  public boolean concerns(Decoded d) {
    String address = d.log().address();
    if (followed.contains(address)) {
      return true;
    }
    if (!(d.event() instanceof DecodedEvent.Transfer t)) {
      return false;
    }
    if (flowTokens.contains(address)) {
      return holderTokens.containsKey(t.from()) || holderTokens.containsKey(t.to());
    }
    // any other token: only a transfer touching the platform's own accounts reaches here (asked
    // for because the other side is listed)
    return parties.contains(t.from()) || parties.contains(t.to());
  }

  /**
   * Whether judging this log needs its transaction's sender: a mint of a declared token after the
   * baseline (mints are rare, so asking the node for these few is cheap).
   */
  public boolean needsSender(Decoded d) {
    return d.event() instanceof DecodedEvent.Transfer t
        && t.from().equals(ZERO)
        && tokens.containsKey(d.log().address())
        && d.log().blockNumber() > platform.baselineBlock();
  }

  DeclaredContract contract(String address) {
    return contracts.get(address);
  }

  DeclaredContract.Token token(String address) {
    return tokens.get(address);
  }

  DeclaredContract.Pool pool(String address) {
    return pools.get(address);
  }

  DeclaredContract.Treasury treasury(String address) {
    return treasuries.get(address);
  }

  Collection<DeclaredContract.Pool> pools() {
    return pools.values();
  }

  DeclaredContract.Oracle oracleFor(String token) {
    return oracleByToken.get(token);
  }

  List<DeclaredContract.Pool> poolsPricedBy(String oracle) {
    return poolsByOracle.getOrDefault(oracle, List.of());
  }

  /** Whether {@code holder} is a pool or treasury counting {@code token} in its value. */
  boolean holds(String holder, String token) {
    Set<String> held = holderTokens.get(holder);
    return held != null && held.contains(token);
  }

  /**
   * The first declared pool pairing {@code token} with {@code quote} (to price one in the other).
   */
  DeclaredContract.Pool pricingPool(String token, String quote) {
    return pricing.get(token + quote);
  }

  /** The quote asset a pool's or treasury's value is measured in. */
  String quoteOf(String holder) {
    DeclaredContract.Pool p = pools.get(holder);
    return p != null ? p.quote() : treasuries.get(holder).quote();
  }

  int decimals(String token) {
    DeclaredContract.Token t = tokens.get(token);
    return t == null ? 18 : t.decimals();
  }

  String symbol(String token) {
    DeclaredContract.Token t = tokens.get(token);
    return t == null ? token : t.symbol();
  }

  String label(String address) {
    DeclaredContract c = contracts.get(address);
    return c == null ? address : c.label();
  }
}
