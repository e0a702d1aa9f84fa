package org.sovereign.supervision.aml.transfer;

import java.time.Instant;
import org.sovereign.base.OrgId;

/**
 * A virtual-asset transfer a VASP reported: the asset and amount (in the asset's smallest unit),
 * its USD equivalent in cents at the time, direction from the reporting VASP's side, the on-chain
 * transaction when there is one, the counterparty VASP and the IVMS101 parties.
 */
public record Transfer(
    OrgId orgId,
    String transferId,
    String asset,
    long amount,
    long valueUsdCents,
    Instant time,
    Direction direction,
    String txRef,
    String counterpartyAddress,
    String originatingVasp,
    String beneficiaryVasp,
    Party originator,
    Party beneficiary) {

  /** Incoming (a deposit to the reporting VASP's customer) or outgoing (a withdrawal). */
  public enum Direction {
    IN,
    OUT
  }

  /** The reporting VASP's own customer: the beneficiary of a deposit, the originator otherwise. */
  public Party customer() {
    return direction == Direction.IN ? beneficiary : originator;
  }

  /** The other side of the transfer. */
  public Party counterparty() {
    return direction == Direction.IN ? originator : beneficiary;
  }

  /** The VASP on the other side, or null for an unhosted wallet. */
  public String counterpartyVasp() {
    return direction == Direction.IN ? originatingVasp : beneficiaryVasp;
  }

  /** A stable key for the customer, for windows and aggregates: account, else name. */
  public String customerKey() {
    Party c = customer();
    if (c == null) {
      return orgId + ":unknown";
    }
    String id = c.account() != null && !c.account().isBlank() ? c.account() : c.displayName();
    return orgId + ":" + (id == null ? "unknown" : id.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
