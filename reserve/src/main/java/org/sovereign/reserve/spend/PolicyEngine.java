package org.sovereign.reserve.spend;

import java.util.HashSet;
import java.util.Set;
import org.sovereign.base.Network;
import org.sovereign.chain.bip322.Address;

/**
 * Decides whether a spend may proceed, before any PSBT exists and again before anything is
 * broadcast. Pure: every fact it needs is passed in, so it can be tested exhaustively.
 */
public final class PolicyEngine {
  private PolicyEngine() {}

  /** The facts about the vault and its surroundings at the time of the decision. */
  public record Facts(
      Network network,
      SpendPolicy policy,
      Set<String> ownAddresses,
      Set<String> allowedAddresses,
      long spentInPeriodSat,
      long spendableSat) {}

  public static PolicyDecision check(SpendRequest request, Facts facts) {
    if (request.purpose() == null || request.purpose().isBlank()) {
      return refuse(SpendRule.PURPOSE_MISSING, "state the purpose of the spend");
    }
    if (request.authority_reference() == null || request.authority_reference().isBlank()) {
      return refuse(SpendRule.AUTHORITY_MISSING, "cite the legal authority for the spend");
    }
    if (request.fee_rate() == null || request.fee_rate() < 1 || request.fee_rate() > 1000) {
      return refuse(SpendRule.FEE_RATE_INVALID, "fee rate must be 1 to 1000 sat/vB");
    }
    if (request.isEmergency() && !facts.policy().emergencyPath()) {
      return refuse(SpendRule.EMERGENCY_PATH_DISABLED, "this vault's policy has no emergency path");
    }
    if (request.destinations() == null || request.destinations().isEmpty()) {
      return refuse(SpendRule.NO_DESTINATIONS, "a spend needs at least one destination");
    }
    long total = 0;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < request.destinations().size(); i++) {
      Destination d = request.destinations().get(i);
      if (d == null || d.amount_sat() < 546 || d.amount_sat() > 2_100_000_000_000_000L) {
        return refuse(
            SpendRule.AMOUNT_INVALID,
            "destination " + i + ": amount must be between 546 sat and 21M BTC");
      }
      String address = d.address() == null ? "" : d.address().strip();
      try {
        Address.parse(address, facts.network());
      } catch (RuntimeException e) {
        return refuse(SpendRule.DESTINATION_INVALID, "destination " + i + ": " + e.getMessage());
      }
      if (facts.ownAddresses().contains(address)) {
        return refuse(
            SpendRule.SAME_VAULT,
            "destination " + i + " is an address of the spending vault itself");
      }
      if (!facts.allowedAddresses().contains(address)) {
        return refuse(
            SpendRule.DESTINATION_NOT_ALLOWED,
            "destination "
                + i
                + " ("
                + address
                + ") is neither another reserve vault nor on the allow-list: the reserve does not sell");
      }
      if (!seen.add(address)) {
        return refuse(SpendRule.DESTINATION_INVALID, "destination " + i + " repeats " + address);
      }
      total = Math.addExact(total, d.amount_sat());
    }
    Long limit = facts.policy().limitSat();
    if (limit != null && facts.spentInPeriodSat() + total > limit) {
      return refuse(
          SpendRule.LIMIT_EXCEEDED,
          "this spend of "
              + total
              + " sat would bring the last "
              + facts.policy().periodDays()
              + " days to "
              + (facts.spentInPeriodSat() + total)
              + " sat, above the limit of "
              + limit);
    }
    if (total > facts.spendableSat()) {
      return refuse(
          SpendRule.INSUFFICIENT_FUNDS,
          "the vault has "
              + facts.spendableSat()
              + " sat spendable, the spend needs "
              + total
              + " plus fees");
    }
    return new PolicyDecision.Allowed();
  }

  private static PolicyDecision refuse(SpendRule rule, String message) {
    return new PolicyDecision.Refused(rule, rule + ": " + message);
  }
}
