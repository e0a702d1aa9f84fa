package org.sovereign.platform.accounts;

import java.time.Instant;
import org.sovereign.base.OrgId;

/** A machine client's token as stored: never the secret, only its first characters. */
public record ApiToken(
    long id,
    ClientKind kind,
    OrgId orgId,
    String name,
    String prefix,
    String createdBy,
    Instant createdAt,
    Instant revokedAt,
    Instant lastUsedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }
}
