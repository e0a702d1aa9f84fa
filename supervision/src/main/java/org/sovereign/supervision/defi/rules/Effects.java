package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything evaluating a block range derives, to be written in the range's one transaction: events
 * for the console, flows, balances, values locked, oracle prices, and findings to raise.
 */
public final class Effects {
  /** A decoded event kept for the console; {@code detailJson} for governance events only. */
  public record EventRow(
      long orgId,
      long block,
      int logIndex,
      String txHash,
      Instant time,
      String contract,
      String kind,
      String summary,
      String detailJson) {}

  public record FlowRow(
      long orgId,
      String holder,
      long block,
      String txHash,
      Instant time,
      BigInteger outflow,
      BigInteger inflow) {}

  public record BalanceRow(
      long orgId, String holder, String token, long block, Instant time, BigInteger balance) {}

  public record ValueRow(long orgId, String contract, long block, Instant time, BigInteger value) {}

  public record PriceRow(
      long orgId, String oracle, long block, Instant time, BigInteger answer, BigInteger roundId) {}

  /** A rule that fired: the alert to raise, keyed by the log it fired on. */
  public record Finding(
      long orgId,
      String ruleId,
      String typology,
      int score,
      String title,
      String contract,
      long block,
      Instant time,
      String txHash,
      int logIndex,
      Map<String, Object> facts) {}

  public final List<EventRow> events = new ArrayList<>();
  public final List<FlowRow> flows = new ArrayList<>();
  public final List<BalanceRow> balances = new ArrayList<>();
  public final List<ValueRow> values = new ArrayList<>();
  public final List<PriceRow> prices = new ArrayList<>();
  public final List<Finding> findings = new ArrayList<>();

  public int rows() {
    return events.size() + flows.size() + balances.size() + values.size() + prices.size();
  }
}
