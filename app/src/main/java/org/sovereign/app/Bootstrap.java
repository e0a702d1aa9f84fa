package org.sovereign.app;

import java.util.EnumSet;
import java.util.Optional;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;

/**
 * The first start: with no users at all, creates the first administrator with a one-time password.
 * While that administrator has not signed in, each start issues a fresh one (the previous one was
 * only ever printed).
 */
public final class Bootstrap {
  public static final String FIRST_ADMIN = "admin";

  private Bootstrap() {}

  /** The administrator's one-time password when one was (re)issued, else empty. */
  public static Optional<String> firstAdmin(Accounts accounts) {
    if (accounts.count() == 0) {
      var created =
          accounts.create(Actor.SYSTEM, FIRST_ADMIN, "Administrator", EnumSet.of(Role.ADMIN));
      return Optional.of(created.oneTimePassword());
    }
    return accounts.reissueOneTimePassword(Actor.SYSTEM, FIRST_ADMIN);
  }
}
