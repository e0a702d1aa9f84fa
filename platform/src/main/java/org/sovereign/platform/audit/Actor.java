package org.sovereign.platform.audit;

/**
 * Who made a change: a console user, a machine client's token, or the platform itself. The label is
 * what the audit chain records.
 */
public record Actor(String label) {
  public static final Actor SYSTEM = new Actor("system");

  public Actor {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("actor label is empty");
    }
  }

  public static Actor user(long userId, String username) {
    return new Actor("user:" + userId + ":" + username);
  }

  public static Actor client(long tokenId, String clientKind, Long orgId) {
    return new Actor(
        "token:" + tokenId + ":" + clientKind + (orgId == null ? "" : "@org:" + orgId));
  }

  public static Actor cli(String osUser) {
    return new Actor("cli:" + osUser);
  }
}
