package org.sovereign.power.dispatch;

/**
 * A site as dispatch sees it at the moment of a request: its node, whether its contract lets the
 * grid interrupt it, its value per MWh (cents: the lowest value gives power back first), the load
 * it draws now and the least it must keep, how fast it can ramp down, how much curtailment its
 * contract still allows today (MW-minutes), and how long its response tier lets it take before it
 * starts ramping.
 */
public record DispatchSite(
    int id,
    int node,
    boolean interruptible,
    long valueCentsPerMwh,
    int loadKw,
    int minimumKw,
    int rampKwPerSecond,
    long curtailBudgetKwMinutes,
    int responseDelaySeconds) {

  /** A site that starts ramping at once. */
  public DispatchSite(
      int id,
      int node,
      boolean interruptible,
      long valueCentsPerMwh,
      int loadKw,
      int minimumKw,
      int rampKwPerSecond,
      long curtailBudgetKwMinutes) {
    this(
        id,
        node,
        interruptible,
        valueCentsPerMwh,
        loadKw,
        minimumKw,
        rampKwPerSecond,
        curtailBudgetKwMinutes,
        0);
  }

  /** What the site can give back within {@code seconds}, in kW. */
  int sheddableKw(int seconds) {
    if (!interruptible || curtailBudgetKwMinutes <= 0 || seconds <= responseDelaySeconds) {
      return 0;
    }
    long byRamp = (long) rampKwPerSecond * (seconds - responseDelaySeconds);
    long headroom = Math.max(0, loadKw - minimumKw);
    return (int) Math.min(headroom, byRamp);
  }
}
