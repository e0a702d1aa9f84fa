package org.sovereign.platform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/** Console users: creation with a one-time password, sign-in with lockout, password changes. */
public final class Accounts {
  private static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,62}";

  private final Tx tx;
  private final AuditLog audit;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  public Accounts(
      Tx tx,
      AuditLog audit,
      PasswordHasher hasher,
      Clock clock,
      int maxFailures,
      Duration lockout) {
    this.tx = tx;
    this.audit = audit;
    this.hasher = hasher;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  /** A new user and the one-time password to hand over; it must be changed at first sign-in. */
  public record CreatedUser(User user, String oneTimePassword) {}

  public CreatedUser create(Actor actor, String username, String displayName, Set<Role> roles) {
    String name = normalizeUsername(username);
    String display = requireDisplayName(displayName);
    if (roles == null || roles.isEmpty()) {
      throw DomainException.invalidField("roles", "a user needs at least one role");
    }
    String password = Secrets.oneTimePassword();
    String hash = hasher.hash(password);
    User user =
        tx.inTransaction(
            h -> {
              if (findByUsername(h, name).isPresent()) {
                throw DomainException.conflict(
                    "username-taken", "a user named '" + name + "' already exists");
              }
              long id =
                  h.createUpdate(
                          "INSERT INTO users (username, display_name, password_hash, roles,"
                              + " must_change_password, created_at) VALUES (:u, :d, :p, :r, TRUE, :now)")
                      .bind("u", name)
                      .bind("d", display)
                      .bind("p", hash)
                      .bind("r", roles.stream().map(Role::name).sorted().toArray(String[]::new))
                      .bind("now", clock.instant())
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              audit.append(
                  h,
                  actor,
                  "user.created",
                  "user:" + id,
                  Map.of("username", name, "display_name", display, "roles", sorted(roles)));
              return findById(h, id).orElseThrow();
            });
    return new CreatedUser(user, password);
  }

  /** Gives a user who has never signed in a fresh one-time password (e.g. on a demo restart). */
  public Optional<String> reissueOneTimePassword(Actor actor, String username) {
    String password = Secrets.oneTimePassword();
    String hash = hasher.hash(password);
    return tx.inTransaction(
        h -> {
          Optional<User> user = findByUsername(h, username);
          if (user.isEmpty() || !user.get().mustChangePassword()) {
            return Optional.empty();
          }
          h.createUpdate(
                  "UPDATE users SET password_hash = :p, failed_logins = 0, locked_until = NULL"
                      + " WHERE id = :id")
              .bind("p", hash)
              .bind("id", user.get().id())
              .execute();
          audit.append(
              h, actor, "user.one-time-password-reissued", "user:" + user.get().id(), Map.of());
          return Optional.of(password);
        });
  }

  /** The outcome of a sign-in attempt. */
  public sealed interface SignIn {
    /** The password matched and the account is usable. */
    record Success(User user) implements SignIn {}

    /** Wrong username or password; the account may have just been locked. */
    record Rejected(boolean lockedNow) implements SignIn {}

    /** The account is locked until the given time, whatever password was given. */
    record Locked(Instant until) implements SignIn {}
  }

  public SignIn signIn(String username, String password, String remoteAddress) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    Optional<User> found = tx.read(h -> findByUsername(h, name));
    if (found.isEmpty() || found.get().disabled()) {
      hasher.verifyDummy(password == null ? "" : password);
      return new SignIn.Rejected(false);
    }
    User user = found.get();
    Instant now = clock.instant();
    if (user.lockedAt(now)) {
      return new SignIn.Locked(user.lockedUntil());
    }
    String stored = tx.read(h -> passwordHash(h, user.id()));
    boolean ok = password != null && hasher.verify(password, stored);
    return ok ? recordSuccess(user, remoteAddress, now) : recordFailure(user, remoteAddress, now);
  }

  private SignIn recordSuccess(User user, String remoteAddress, Instant now) {
    return tx.inTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = :now"
                      + " WHERE id = :id")
              .bind("now", now)
              .bind("id", user.id())
              .execute();
          audit.append(
              h,
              user.actor(),
              "user.signed-in",
              "user:" + user.id(),
              Map.of("from", remoteAddress));
          return new SignIn.Success(findById(h, user.id()).orElseThrow());
        });
  }

  private SignIn recordFailure(User user, String remoteAddress, Instant now) {
    return tx.inTransaction(
        h -> {
          int failures =
              h.createUpdate("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id")
                  .bind("id", user.id())
                  .executeAndReturnGeneratedKeys("failed_logins")
                  .mapTo(Integer.class)
                  .one();
          boolean lock = failures >= maxFailures;
          if (lock) {
            h.createUpdate(
                    "UPDATE users SET locked_until = :until, failed_logins = 0 WHERE id = :id")
                .bind("until", now.plus(lockout))
                .bind("id", user.id())
                .execute();
          }
          audit.append(
              h,
              Actor.SYSTEM,
              lock ? "user.locked" : "user.sign-in-failed",
              "user:" + user.id(),
              Map.of("from", remoteAddress, "failures", failures));
          return new SignIn.Rejected(lock);
        });
  }

  public void changePassword(User user, String current, String replacement) {
    String stored = tx.read(h -> passwordHash(h, user.id()));
    if (current == null || !hasher.verify(current, stored)) {
      throw DomainException.invalidField("current_password", "the current password is wrong");
    }
    String weakness = PasswordHasher.weakness(replacement);
    if (weakness != null) {
      throw DomainException.invalidField("new_password", weakness);
    }
    if (replacement.equals(current)) {
      throw DomainException.invalidField("new_password", "must differ from the current password");
    }
    String hash = hasher.hash(replacement);
    tx.useTransaction(
        h -> {
          h.createUpdate(
                  "UPDATE users SET password_hash = :p, must_change_password = FALSE WHERE id = :id")
              .bind("p", hash)
              .bind("id", user.id())
              .execute();
          audit.append(h, user.actor(), "user.password-changed", "user:" + user.id(), Map.of());
        });
  }

  public Optional<User> byId(long id) {
    return tx.read(h -> findById(h, id));
  }

  public Optional<User> byUsername(String username) {
    return tx.read(h -> findByUsername(h, username));
  }

  public List<User> all() {
    return tx.read(
        h ->
            h.createQuery("SELECT " + UserRows.COLUMNS + " FROM users ORDER BY username")
                .map(UserRows::user)
                .list());
  }

  public long count() {
    return tx.read(h -> h.createQuery("SELECT count(*) FROM users").mapTo(Long.class).one());
  }

  static Optional<User> findById(Handle h, long id) {
    return h.createQuery("SELECT " + UserRows.COLUMNS + " FROM users WHERE id = :id")
        .bind("id", id)
        .map(UserRows::user)
        .findOne();
  }

  static Optional<User> findByUsername(Handle h, String username) {
    return h.createQuery("SELECT " + UserRows.COLUMNS + " FROM users WHERE username = :u")
        .bind("u", username.strip().toLowerCase(Locale.ROOT))
        .map(UserRows::user)
        .findOne();
  }

  private static String passwordHash(Handle h, long id) {
    return h.createQuery("SELECT password_hash FROM users WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .one();
  }

  public static String normalizeUsername(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!name.matches(USERNAME)) {
      throw DomainException.invalidField(
          "username",
          "2 to 63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter"
              + " or digit");
    }
    return name;
  }

  private static String requireDisplayName(String displayName) {
    String display = displayName == null ? "" : displayName.strip();
    if (display.isEmpty() || display.length() > 100) {
      throw DomainException.invalidField("display_name", "must be 1 to 100 characters");
    }
    return display;
  }

  public static Set<Role> parseRoles(List<String> names) {
    if (names == null || names.isEmpty()) {
      throw DomainException.invalidField("roles", "a user needs at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.parse(name));
      } catch (IllegalArgumentException e) {
        throw DomainException.invalidField("roles", e.getMessage());
      }
    }
    return roles;
  }

  private static List<String> sorted(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().toList();
  }
}
