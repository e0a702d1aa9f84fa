package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.rpc.EvmLog;

/** Summaries of events for the console and the facts every alert carries. */
final class Describe {
  private final PlatformIndex index;
  private final long chainId;
  private final String rulesVersion;

  Describe(PlatformIndex index, long chainId, String rulesVersion) {
    this.index = index;
    this.chainId = chainId;
    this.rulesVersion = rulesVersion;
  }

  /** The facts common to every alert on {@code log}. */
  Map<String, Object> facts(String ruleId, EvmLog log, String contract) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("rule", ruleId);
    facts.put("rules_version", rulesVersion);
    facts.put("chain_id", chainId);
    facts.put("block_number", log.blockNumber());
    facts.put("block_hash", log.blockHash());
    facts.put("tx_hash", log.txHash());
    facts.put("log_index", log.logIndex());
    facts.put("contract", contract);
    facts.put("contract_label", index.label(contract));
    return facts;
  }

  /**
   * An amount for a title, as a person reads it: whole units grouped in thousands with two decimals
   * ({@code 980,827.68 USDX}), or up to eight decimals below one. Facts keep the exact value.
   */
  String amount(BigInteger units, String token) {
    java.math.BigDecimal whole = new java.math.BigDecimal(units, index.decimals(token));
    java.text.DecimalFormat format =
        new java.text.DecimalFormat(
            whole.abs().compareTo(java.math.BigDecimal.ONE) >= 0 ? "#,##0.00" : "0.########",
            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
    return format.format(whole) + " " + index.symbol(token);
  }

  String who(String address) {
    if (index.contract(address) != null) {
      return index.label(address);
    }
    for (var a : index.platform().admins()) {
      if (a.address().equals(address)) {
        return a.label() == null ? "admin " + address : a.label();
      }
    }
    return address;
  }

  String summary(EvmLog log, DecodedEvent event) {
    String c = log.address();
    return switch (event) {
      case DecodedEvent.Transfer t ->
          amount(t.amount(), c) + " from " + who(t.from()) + " to " + who(t.to());
      case DecodedEvent.Swap s -> swap(c, s);
      case DecodedEvent.LiquidityAdded a ->
          "liquidity added: " + pair(c, a.amount0(), a.amount1()) + " by " + who(a.sender());
      case DecodedEvent.LiquidityRemoved r ->
          "liquidity removed: " + pair(c, r.amount0(), r.amount1()) + " to " + who(r.to());
      case DecodedEvent.Sync s -> "reserves " + pair(c, s.reserve0(), s.reserve1());
      case DecodedEvent.AnswerUpdated a ->
          "answer " + oracleAnswer(c, a.current()) + " (round " + a.roundId() + ")";
      case DecodedEvent.OwnershipTransferred o ->
          "ownership of "
              + index.label(c)
              + " from "
              + who(o.previousOwner())
              + " to "
              + who(o.newOwner());
      case DecodedEvent.RoleChanged r ->
          Governance.roleName(r.role())
              + (r.granted() ? " granted to " : " revoked from ")
              + who(r.account())
              + " by "
              + who(r.sender());
      case DecodedEvent.Upgraded u -> "implementation upgraded to " + u.implementation();
      case DecodedEvent.BeaconUpgraded b -> "beacon upgraded to " + b.beacon();
      case DecodedEvent.AdminChanged a ->
          "proxy admin changed from " + who(a.previousAdmin()) + " to " + who(a.newAdmin());
      case DecodedEvent.PauseChanged p ->
          (p.paused() ? "paused by " : "unpaused by ") + who(p.account());
    };
  }

  String oracleAnswer(String oracle, BigInteger answer) {
    if (index.contract(oracle)
        instanceof org.sovereign.supervision.defi.declare.DeclaredContract.Oracle o) {
      return Pricing.whole(answer, o.decimals());
    }
    return answer.toString();
  }

  private String swap(String pool, DecodedEvent.Swap s) {
    var p = index.pool(pool);
    if (p == null) {
      return "swap";
    }
    String in =
        s.amount0In().signum() > 0
            ? amount(s.amount0In(), p.token0())
            : amount(s.amount1In(), p.token1());
    String out =
        s.amount0Out().signum() > 0
            ? amount(s.amount0Out(), p.token0())
            : amount(s.amount1Out(), p.token1());
    return "swap " + in + " for " + out + " to " + who(s.to());
  }

  private String pair(String pool, BigInteger amount0, BigInteger amount1) {
    var p = index.pool(pool);
    if (p == null) {
      return amount0 + " / " + amount1;
    }
    return amount(amount0, p.token0()) + " / " + amount(amount1, p.token1());
  }
}
