package org.sovereign.reserve.spend;

/**
 * A vault's spending policy: at most {@code limitSat} leave the vault per {@code periodDays} (null:
 * no limit), and a proposal needs {@code minApprovals} approvals by distinct approvers, none of
 * them the proposer. Destinations must be other reserve vaults or on the allow-list.
 */
public record SpendPolicy(int periodDays, Long limitSat, int minApprovals) {
  public static final SpendPolicy DEFAULT = new SpendPolicy(30, null, 2);
}
