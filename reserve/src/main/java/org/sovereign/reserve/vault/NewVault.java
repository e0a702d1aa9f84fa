package org.sovereign.reserve.vault;

import java.util.List;

/**
 * What an officer submits to register a vault (also the API body). {@code birth_height} is the
 * first block that may hold the vault's coins: when it is at or below the indexed height, the index
 * rescans from it; absent means the keys have no history.
 */
public record NewVault(
    String name,
    String purpose,
    String descriptor,
    Integer quorum,
    Integer gap_limit,
    List<Custodian> custodians,
    Integer birth_height) {

  /** A vault whose keys have no history before now (no rescan). */
  public NewVault(
      String name,
      String purpose,
      String descriptor,
      Integer quorum,
      Integer gap_limit,
      List<Custodian> custodians) {
    this(name, purpose, descriptor, quorum, gap_limit, custodians, null);
  }
}
