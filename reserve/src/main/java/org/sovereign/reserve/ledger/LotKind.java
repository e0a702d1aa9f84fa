package org.sovereign.reserve.ledger;

import java.util.List;
import java.util.Locale;
import org.sovereign.platform.errors.DomainException;

/**
 * Where a lot's coins came from, and the facts each source must record. A transfer between reserve
 * vaults is not an acquisition: it carries no new cost basis.
 */
public enum LotKind {
  UNCLASSIFIED(List.of()),
  PURCHASE(List.of("counterparty", "reference")),
  SEIZURE(List.of("case_reference", "court_order_reference")),
  MINING(List.of("site", "payout")),
  TRANSFER(List.of("from_vault"));

  private final List<String> requiredDetails;

  LotKind(List<String> requiredDetails) {
    this.requiredDetails = requiredDetails;
  }

  public List<String> requiredDetails() {
    return requiredDetails;
  }

  public boolean acquisition() {
    return this != TRANSFER && this != UNCLASSIFIED;
  }

  public static LotKind parseClassification(String raw) {
    String name = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    for (LotKind kind : values()) {
      if (kind != UNCLASSIFIED && kind.name().equals(name)) {
        return kind;
      }
    }
    throw DomainException.invalidField(
        "classification", "must be purchase, seizure, mining or transfer, not '" + raw + "'");
  }
}
