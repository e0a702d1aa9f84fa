package org.sovereign.reserve.spend;

/**
 * A vault's spending policy: at most {@code limitSat} leave the vault per {@code periodDays} (null:
 * no limit), and a proposal needs {@code minApprovals} approvals by distinct approvers, none of
 * them the proposer. Destinations must be other reserve vaults or on the allow-list.
 *
 * <p>The optional emergency path ({@code emergencyApprovals} and {@code emergencyDelayHours} both
 * set, or both null): an emergency proposal needs only {@code emergencyApprovals} approvals, but
 * its PSBT is built no earlier than {@code emergencyDelayHours} after the last of them, and any
 * approver can veto it until then.
 */
public record SpendPolicy(
    int periodDays,
    Long limitSat,
    int minApprovals,
    Integer emergencyApprovals,
    Integer emergencyDelayHours) {
  public static final SpendPolicy DEFAULT = new SpendPolicy(30, null, 2, null, null);

  public SpendPolicy(int periodDays, Long limitSat, int minApprovals) {
    this(periodDays, limitSat, minApprovals, null, null);
  }

  public boolean emergencyPath() {
    return emergencyApprovals != null && emergencyDelayHours != null;
  }

  /** The approvals a proposal needs on the normal or the emergency path. */
  public int approvalsRequired(boolean emergency) {
    return emergency && emergencyPath() ? emergencyApprovals : minApprovals;
  }
}
