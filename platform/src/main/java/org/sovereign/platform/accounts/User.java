package org.sovereign.platform.accounts;

import java.time.Instant;
import java.util.Set;
import org.sovereign.platform.audit.Actor;

/** A console user as stored (without the password hash). */
public record User(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean mustChangePassword,
    boolean disabled,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt,
    Instant lastLoginAt) {

  public User {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public Actor actor() {
    return Actor.user(id, username);
  }
}
