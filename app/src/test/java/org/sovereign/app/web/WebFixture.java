package org.sovereign.app.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sovereign.app.Pillars;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.accounts.User;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.testing.TestPostgres;
import org.sovereign.platform.web.WebServer;

/** A running server over a fresh database, and HTTP callers signed in as users or tokens. */
public final class WebFixture implements AutoCloseable {
  public static final String PASSWORD = "a long test password 1";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern LOGIN_NONCE = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");

  private final SovereignRuntime runtime;
  private final WebServer server;
  private int userCounter;

  public WebFixture(Clock clock) {
    this(clock, runtime -> {});
  }

  /** A server whose runtime {@code beforeServer} prepares first (e.g. starts following a chain). */
  public WebFixture(Clock clock, java.util.function.Consumer<SovereignRuntime> beforeServer) {
    this(clock, Pillars::all, beforeServer);
  }

  /** As above, with the pillars {@code pillars} makes (e.g. one wired to a test sanctions list). */
  public WebFixture(
      Clock clock,
      java.util.function.Function<
              org.sovereign.app.ChainAccess,
              java.util.List<org.sovereign.platform.module.PillarModule>>
          pillars,
      java.util.function.Consumer<SovereignRuntime> beforeServer) {
    org.sovereign.app.ChainAccess chain = new org.sovereign.app.ChainAccess();
    runtime =
        SovereignRuntime.open(TestPostgres.freshDatabase(), pillars.apply(chain), clock, chain);
    beforeServer.accept(runtime);
    server = runtime.startServer();
  }

  public WebFixture() {
    this(Clock.systemUTC());
  }

  public PlatformServices services() {
    return runtime.services();
  }

  public SovereignRuntime runtime() {
    return runtime;
  }

  public WebServer server() {
    return server;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** A user holding {@code roles} whose one-time password has already been replaced. */
  public User user(Role... roles) {
    String name = "user" + (++userCounter);
    var created =
        services()
            .accounts()
            .create(
                Actor.SYSTEM,
                name,
                "User " + userCounter,
                EnumSet.copyOf(java.util.List.of(roles)));
    services().accounts().changePassword(created.user(), created.oneTimePassword(), PASSWORD);
    return services().accounts().byUsername(name).orElseThrow();
  }

  public Caller anonymous() {
    return new Caller(this, null, null);
  }

  public Caller signedIn(Role... roles) {
    return signIn(user(roles).username(), PASSWORD);
  }

  public Caller signIn(String username, String password) {
    Caller caller = anonymous();
    HttpResponse<String> form = caller.get("/login");
    Matcher nonce = LOGIN_NONCE.matcher(form.body());
    if (!nonce.find()) {
      throw new IllegalStateException("no sign-in form at /login");
    }
    HttpResponse<String> response =
        caller.form(
            "/login", Map.of("_login", nonce.group(1), "username", username, "password", password));
    if (response.statusCode() != 303) {
      throw new IllegalStateException(
          "sign-in failed with " + response.statusCode() + ": " + response.body());
    }
    HttpResponse<String> page = caller.get("/account/password");
    Matcher csrf = CSRF.matcher(page.body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the password page");
    }
    return new Caller(this, caller.client, csrf.group(1));
  }

  public Caller bearer(String token) {
    return new Caller(this, null, null).withBearer(token);
  }

  @Override
  public void close() {
    runtime.close();
  }

  /** An HTTP caller with its own cookies; redirects are not followed so tests see them. */
  public static final class Caller {
    private final WebFixture fixture;
    final HttpClient client;
    private final String csrf;
    private String bearer;

    Caller(WebFixture fixture, HttpClient client, String csrf) {
      this.fixture = fixture;
      this.client =
          client != null
              ? client
              : HttpClient.newBuilder()
                  .cookieHandler(new CookieManager())
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .build();
      this.csrf = csrf;
    }

    Caller withBearer(String token) {
      this.bearer = token;
      return this;
    }

    public String csrf() {
      return csrf;
    }

    /** A raw request with this caller's cookies, bearer token and CSRF header. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
      HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
      if (csrf != null) {
        builder.header("X-CSRF-Token", csrf);
      }
      return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A raw request whose body is bytes (binary uploads, non-UTF-8 text). */
    public HttpResponse<String> sendBytes(
        String method, String path, String contentType, byte[] body) {
      HttpRequest.Builder builder = request(path).header("Content-Type", contentType);
      if (csrf != null) {
        builder.header("X-CSRF-Token", csrf);
      }
      return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public byte[] getBytes(String path) {
      try {
        return client
            .send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
            .body();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    public HttpResponse<String> get(String path) {
      return send(request(path).GET().build());
    }

    public HttpResponse<String> json(String method, String path, String body) {
      return json(method, path, body, true);
    }

    public HttpResponse<String> json(String method, String path, String body, boolean withCsrf) {
      HttpRequest.Builder builder = request(path).header("Content-Type", "application/json");
      if (withCsrf && csrf != null) {
        builder.header("X-CSRF-Token", csrf);
      }
      return send(
          builder
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    public HttpResponse<String> form(String path, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return send(
          request(path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    }

    /** A form post carrying this session's CSRF token. */
    public HttpResponse<String> formWithCsrf(String path, Map<String, String> fields) {
      Map<String, String> all = new java.util.HashMap<>(fields);
      all.put("_csrf", csrf);
      return form(path, all);
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fixture.url(path)));
      if (bearer != null) {
        builder.header("Authorization", "Bearer " + bearer);
      }
      return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
