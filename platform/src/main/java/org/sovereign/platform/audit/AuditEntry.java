package org.sovereign.platform.audit;

import java.time.Instant;
import org.sovereign.base.Hex;

/** One link of the audit chain, as stored. */
public record AuditEntry(
    long seq,
    Instant at,
    String actor,
    String action,
    String object,
    String detail,
    byte[] digest,
    byte[] prevHash,
    byte[] hash) {

  public String hashHex() {
    return Hex.encode(hash);
  }
}
