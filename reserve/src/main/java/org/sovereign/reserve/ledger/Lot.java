package org.sovereign.reserve.ledger;

import java.time.Instant;
import java.util.Map;
import org.sovereign.base.Money;
import org.sovereign.base.OutPoint;
import org.sovereign.base.Sats;

/** One output received by a vault, with its classification and cost basis once approved. */
public record Lot(
    long id,
    long vaultId,
    OutPoint outPoint,
    Sats value,
    int height,
    Instant recordedAt,
    LotKind kind,
    Map<String, String> details,
    Money costUsd,
    Money costPkr,
    String classifiedBy,
    String approvedBy) {

  public Lot {
    details = details == null ? Map.of() : Map.copyOf(details);
  }
}
