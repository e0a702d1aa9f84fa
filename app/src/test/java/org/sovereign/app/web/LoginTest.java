package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.testing.MutableClock;

/** Console sign-in over HTTP: lockout, one-time passwords, sign-out. */
class LoginTest {
  private static final Pattern NONCE = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");
  private static MutableClock clock;
  private static WebFixture web;

  @BeforeAll
  static void start() {
    clock = MutableClock.startingNow();
    web = new WebFixture(clock);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static HttpResponse<String> attempt(
      WebFixture.Caller caller, String username, String password) {
    Matcher nonce = NONCE.matcher(caller.get("/login").body());
    assertThat(nonce.find()).isTrue();
    return caller.form(
        "/login", Map.of("_login", nonce.group(1), "username", username, "password", password));
  }

  @Test
  void fiveWrongPasswords_shouldLockTheAccountAgainstTheRightOne() {
    String name = web.user(Role.SUPERVISOR).username();
    WebFixture.Caller browser = web.anonymous();
    for (int i = 0; i < 5; i++) {
      assertThat(attempt(browser, name, "not the password " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> locked = attempt(browser, name, WebFixture.PASSWORD);
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("locked");
    assertThat(locked.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("sovereign_session"));

    clock.advance(Duration.ofMinutes(16));
    assertThat(attempt(browser, name, WebFixture.PASSWORD).statusCode()).isEqualTo(303);
  }

  @Test
  void oneTimePassword_shouldOnlyOpenThePasswordPage() {
    var created =
        web.services()
            .accounts()
            .create(Actor.SYSTEM, "newcomer", "Newcomer", EnumSet.of(Role.ANALYST));
    WebFixture.Caller browser = web.anonymous();
    HttpResponse<String> signIn = attempt(browser, "newcomer", created.oneTimePassword());
    assertThat(signIn.headers().firstValue("Location")).contains("/account/password");
    HttpResponse<String> overview = browser.get("/overview");
    assertThat(overview.statusCode()).isEqualTo(303);
    assertThat(overview.headers().firstValue("Location")).contains("/account/password");
    assertThat(browser.get("/api/v1/organisations").statusCode()).isEqualTo(403);
  }

  @Test
  void signOut_shouldEndTheSession() {
    WebFixture.Caller user = web.signedIn(Role.AUDITOR);
    assertThat(user.get("/audit").statusCode()).isEqualTo(200);
    assertThat(user.formWithCsrf("/logout", Map.of()).statusCode()).isEqualTo(303);
    assertThat(user.get("/audit").statusCode()).isEqualTo(303);
  }

  @Test
  void nextParameter_shouldNotRedirectOffSite() {
    String name = web.user(Role.ANALYST).username();
    WebFixture.Caller browser = web.anonymous();
    Matcher nonce = NONCE.matcher(browser.get("/login").body());
    assertThat(nonce.find()).isTrue();
    HttpResponse<String> response =
        browser.form(
            "/login",
            Map.of(
                "_login",
                nonce.group(1),
                "username",
                name,
                "password",
                WebFixture.PASSWORD,
                "next",
                "//evil.example/"));
    assertThat(response.headers().firstValue("Location")).contains("/overview");
  }
}
