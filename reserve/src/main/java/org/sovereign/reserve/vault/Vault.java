package org.sovereign.reserve.vault;

import java.time.Instant;
import java.util.List;
import org.sovereign.base.Network;

/** A reserve vault: an output descriptor of custodians' keys, its branches and its custodians. */
public record Vault(
    long id,
    String name,
    String purpose,
    String descriptor,
    String receiveDescriptor,
    String changeDescriptor,
    Network network,
    int quorum,
    int keyCount,
    int gapLimit,
    List<Custodian> custodians,
    String createdBy,
    Instant createdAt) {

  public Vault {
    custodians = List.copyOf(custodians);
  }

  /** "2-of-3" and the like. */
  public String policy() {
    return quorum + "-of-" + keyCount;
  }
}
