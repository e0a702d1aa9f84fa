package org.sovereign.platform.web.routes;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.Principal;
import org.sovereign.platform.accounts.Secrets;
import org.sovereign.platform.accounts.Sessions;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Authenticator;
import org.sovereign.platform.web.Guard;
import org.sovereign.platform.web.LoginThrottle;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;

/** Sign-in, sign-out and password change for console users. */
public final class SessionRoutes {
  static final String PRELOGIN_COOKIE = "sovereign_prelogin";

  private final PlatformServices services;
  private final Pages pages;
  private final Authenticator authenticator;
  private final LoginThrottle throttle;

  public SessionRoutes(PlatformServices services, Pages pages, Authenticator authenticator) {
    this.services = services;
    this.pages = pages;
    this.authenticator = authenticator;
    this.throttle =
        new LoginThrottle(services.config().loginAttemptsPerMinutePerAddress(), services.clock());
  }

  public void register(WebRoutes routes) {
    routes
        .page(HandlerType.GET, "/login", Access.publicAccess(), "Sign-in form", this::loginForm)
        .page(HandlerType.POST, "/login", Access.publicAccess(), "Sign in", this::login)
        .page(HandlerType.POST, "/logout", Access.anyUser(), "Sign out", this::logout)
        .page(
            HandlerType.GET,
            Guard.PASSWORD_PAGE,
            Access.anyUser(),
            "Password form",
            this::passwordForm)
        .page(
            HandlerType.POST,
            Guard.PASSWORD_PAGE,
            Access.anyUser(),
            "Change password",
            this::changePassword);
  }

  private void loginForm(Context ctx) {
    if (authenticator.resolve(ctx) instanceof Principal.UserPrincipal) {
      ctx.redirect(Params.safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    showLogin(ctx, null, HttpStatus.OK);
  }

  private void showLogin(Context ctx, String error, HttpStatus status) {
    String nonce = Secrets.randomToken(24);
    ctx.cookie(cookie(PRELOGIN_COOKIE, nonce, 900));
    Map<String, Object> params = new HashMap<>();
    params.put("nonce", nonce);
    params.put("next", Params.safeNext(ctx.queryParam("next")));
    params.put("error", error);
    params.put("username", ctx.formParam("username") == null ? "" : ctx.formParam("username"));
    ctx.status(status);
    pages.render(ctx, "login", "login.title", "platform/login.jte", params);
  }

  private void login(Context ctx) {
    String nonce = ctx.formParam("_login");
    String expected = ctx.cookie(PRELOGIN_COOKIE);
    if (nonce == null
        || expected == null
        || !MessageDigest.isEqual(
            nonce.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new DomainException(
          403,
          "csrf-token-invalid",
          "the sign-in form expired or was not sent from this site; reload it",
          null);
    }
    if (!throttle.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", "60");
      showLogin(ctx, pages.messages().get("login.error.throttled"), HttpStatus.TOO_MANY_REQUESTS);
      return;
    }
    Accounts.SignIn result =
        services.accounts().signIn(ctx.formParam("username"), ctx.formParam("password"), ctx.ip());
    switch (result) {
      case Accounts.SignIn.Success success -> {
        Sessions.Session session = services.sessions().open(success.user().id());
        ctx.removeCookie(PRELOGIN_COOKIE, "/");
        ctx.cookie(cookie(Authenticator.SESSION_COOKIE, session.cookieValue(), -1));
        String next = Params.safeNext(ctx.formParam("next"));
        ctx.redirect(
            success.user().mustChangePassword() ? Guard.PASSWORD_PAGE : next, HttpStatus.SEE_OTHER);
      }
      case Accounts.SignIn.Rejected rejected ->
          showLogin(
              ctx,
              pages
                  .messages()
                  .get(rejected.lockedNow() ? "login.error.locked-now" : "login.error.rejected"),
              HttpStatus.UNAUTHORIZED);
      case Accounts.SignIn.Locked locked ->
          showLogin(
              ctx,
              pages.messages().format("login.error.locked", minutesUntil(locked.until())),
              HttpStatus.UNAUTHORIZED);
    }
  }

  private long minutesUntil(Instant until) {
    return Math.max(1, Duration.between(services.clock().instant(), until).toMinutes() + 1);
  }

  private void logout(Context ctx) {
    services.sessions().close(ctx.cookie(Authenticator.SESSION_COOKIE));
    ctx.removeCookie(Authenticator.SESSION_COOKIE, "/");
    ctx.redirect("/login?flash=signed-out", HttpStatus.SEE_OTHER);
  }

  private void passwordForm(Context ctx) {
    showPassword(ctx, null, HttpStatus.OK);
  }

  private void showPassword(Context ctx, String error, HttpStatus status) {
    Principal.UserPrincipal user = (Principal.UserPrincipal) authenticator.resolve(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("error", error);
    params.put("mustChange", user.user().mustChangePassword());
    ctx.status(status);
    pages.render(ctx, "account", "password.title", "platform/password.jte", params);
  }

  private void changePassword(Context ctx) {
    Principal.UserPrincipal user = (Principal.UserPrincipal) authenticator.resolve(ctx);
    String replacement = ctx.formParam("new_password");
    if (replacement == null || !replacement.equals(ctx.formParam("confirm_password"))) {
      showPassword(
          ctx, pages.messages().get("password.error.mismatch"), HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    try {
      services
          .accounts()
          .changePassword(user.user(), ctx.formParam("current_password"), replacement);
    } catch (DomainException e) {
      showPassword(ctx, e.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT);
      return;
    }
    ctx.redirect("/overview?flash=password-changed", HttpStatus.SEE_OTHER);
  }

  private Cookie cookie(String name, String value, int maxAge) {
    return new Cookie(
        name, value, "/", maxAge, services.config().secureCookies(), true, null, SameSite.STRICT);
  }
}
