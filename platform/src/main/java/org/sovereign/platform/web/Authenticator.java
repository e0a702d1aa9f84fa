package org.sovereign.platform.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.ApiTokens;
import org.sovereign.platform.accounts.Principal;
import org.sovereign.platform.accounts.Sessions;
import org.sovereign.platform.accounts.User;

/** Finds who is calling: a bearer token first, then the session cookie. */
public final class Authenticator {
  public static final String SESSION_COOKIE = "sovereign_session";
  private static final String ATTRIBUTE = "sovereign.principal";
  private static final String RESOLVED = "sovereign.principal.resolved";

  private final Sessions sessions;
  private final Accounts accounts;
  private final ApiTokens tokens;

  public Authenticator(Sessions sessions, Accounts accounts, ApiTokens tokens) {
    this.sessions = sessions;
    this.accounts = accounts;
    this.tokens = tokens;
  }

  /** The caller, or null when the request carries no valid credentials. */
  public Principal resolve(Context ctx) {
    if (ctx.attribute(RESOLVED) != null) {
      return ctx.attribute(ATTRIBUTE);
    }
    Principal principal = fromBearer(ctx).or(() -> fromSession(ctx)).orElse(null);
    ctx.attribute(ATTRIBUTE, principal);
    ctx.attribute(RESOLVED, Boolean.TRUE);
    return principal;
  }

  private Optional<Principal> fromBearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return tokens.authenticate(header.substring(7).strip()).map(Principal.ClientPrincipal::new);
  }

  private Optional<Principal> fromSession(Context ctx) {
    return sessions
        .find(ctx.cookie(SESSION_COOKIE))
        .flatMap(
            session ->
                accounts
                    .byId(session.userId())
                    .filter(user -> !user.disabled())
                    .map((User user) -> new Principal.UserPrincipal(user, session)));
  }
}
