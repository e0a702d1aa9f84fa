package org.sovereign.reserve.ledger;

import java.time.Instant;
import java.util.Map;
import org.sovereign.base.Money;

/** A classification waiting for (or decided by) a second person. */
public record Proposal(
    long id,
    long lotId,
    LotKind kind,
    Map<String, String> details,
    Money costUsd,
    Money costPkr,
    String proposedBy,
    Instant proposedAt,
    String state,
    String decidedBy,
    String reason) {

  public Proposal {
    details = Map.copyOf(details);
  }
}
