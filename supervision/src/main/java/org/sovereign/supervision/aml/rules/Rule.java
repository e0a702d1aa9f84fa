package org.sovereign.supervision.aml.rules;

import java.util.List;
import java.util.Optional;
import org.sovereign.supervision.aml.transfer.Transfer;

/**
 * One rule of the rule set: looks at a transfer (and the customer's recent activity) and fires or
 * not. Each kind keeps its parameters; {@link RuleSetFile} reads them from the rule file.
 */
public sealed interface Rule
    permits Rules.Threshold,
        Rules.Velocity,
        Rules.Aggregate,
        Rules.Structuring,
        Rules.RapidInOut,
        Rules.RoundAmount,
        Rules.HighRiskJurisdiction,
        Rules.TravelRule,
        Rules.SanctionedAddress,
        Rules.SanctionedParty,
        Rules.UnlicensedCounterparty {
  String id();

  int score();

  /** The longest look-back this rule needs, in hours (0: none). */
  default int windowHours() {
    return 0;
  }

  Optional<RuleHit> evaluate(Transfer transfer, List<Activity> recent, Lookups lookups);

  /** A past transfer of the same customer, as the windows keep it. */
  record Activity(long epochSecond, long valueUsdCents, Transfer.Direction direction) {}

  /** What rules may ask outside the transfer: screening and the register. */
  interface Lookups {
    /** The list entry an address is sanctioned under, if it is. */
    Optional<String> sanctionedAddress(String address);

    /** Whether a counterparty VASP (by name, LEI or registration) is licensed here. */
    boolean licensedVasp(String vasp);

    /** The list entry a party's name (with its date of birth and country) matches, if any. */
    default Optional<String> listedParty(org.sovereign.supervision.aml.transfer.Party party) {
      return Optional.empty();
    }

    Lookups NONE =
        new Lookups() {
          @Override
          public Optional<String> sanctionedAddress(String address) {
            return Optional.empty();
          }

          @Override
          public boolean licensedVasp(String vasp) {
            return true;
          }
        };
  }
}
