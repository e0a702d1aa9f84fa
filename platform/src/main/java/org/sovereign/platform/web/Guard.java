package org.sovereign.platform.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.sovereign.platform.accounts.Principal;
import org.sovereign.platform.errors.DomainException;

/**
 * Authorisation on the server for every route: the caller must be allowed by the route's access
 * rule, state-changing requests made with a session cookie must carry the session's CSRF token, and
 * a user holding a one-time password must change it before doing anything else.
 */
public final class Guard {
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String CSRF_FIELD = "_csrf";
  public static final String PASSWORD_PAGE = "/account/password";

  private final Authenticator authenticator;

  public Guard(Authenticator authenticator) {
    this.authenticator = authenticator;
  }

  public Handler wrap(Route route, Handler handler) {
    return ctx -> {
      Principal principal = authenticator.resolve(ctx);
      ctx.attribute(RequestRoute.ATTRIBUTE, route);
      if (!route.access().allows(principal)) {
        deny(ctx, route, principal);
        return;
      }
      if (principal instanceof Principal.UserPrincipal user) {
        if (route.changesState()) {
          requireCsrf(ctx, user);
        }
        if (user.user().mustChangePassword() && !passwordChangeAllowed(route)) {
          if (route.kind() == Route.Kind.PAGE && route.method() == HandlerType.GET) {
            ctx.redirect(PASSWORD_PAGE, HttpStatus.SEE_OTHER);
            return;
          }
          throw new DomainException(
              403, "password-change-required", "change your one-time password first", null);
        }
      }
      handler.handle(ctx);
    };
  }

  private static boolean passwordChangeAllowed(Route route) {
    return route.access().open()
        || route.path().equals(PASSWORD_PAGE)
        || route.path().equals("/logout")
        || route.path().equals("/api/v1/me");
  }

  private static void deny(Context ctx, Route route, Principal principal) {
    if (principal == null) {
      if (route.kind() == Route.Kind.PAGE && route.method() == HandlerType.GET) {
        String next = URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8);
        if (ctx.header("HX-Request") != null) {
          ctx.header("HX-Redirect", "/login?next=" + next).status(HttpStatus.UNAUTHORIZED);
          return;
        }
        ctx.redirect("/login?next=" + next, HttpStatus.SEE_OTHER);
        return;
      }
      throw new DomainException(401, "unauthenticated", "sign in or present an API token", null);
    }
    throw DomainException.forbidden(
        "your account may not "
            + route.method()
            + " "
            + route.path()
            + " ("
            + route.access().describe()
            + ")");
  }

  private static void requireCsrf(Context ctx, Principal.UserPrincipal user) {
    String presented = ctx.header(CSRF_HEADER);
    if (presented == null && isForm(ctx)) {
      presented = ctx.formParam(CSRF_FIELD);
    }
    byte[] expected = user.session().csrfToken().getBytes(StandardCharsets.UTF_8);
    if (presented == null
        || !MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8))) {
      throw new DomainException(
          403,
          "csrf-token-invalid",
          "the request's CSRF token is missing or wrong; reload the page",
          null);
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }
}
