package org.sovereign.platform.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.platform.module.PillarModule;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.routes.AdminRoutes;
import org.sovereign.platform.web.routes.ApiRoutes;
import org.sovereign.platform.web.routes.ConsoleRoutes;
import org.sovereign.platform.web.routes.SessionRoutes;
import org.sovereign.platform.web.routes.SystemRoutes;

/**
 * The HTTP server: Javalin on Jetty 12 with virtual threads, every route declared through {@link
 * WebRoutes}, errors answered as problems (API) or error pages (console), assets served locally.
 */
public final class WebServer implements AutoCloseable {
  private static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

  private final Javalin javalin;
  private final WebRoutes routes;

  private WebServer(Javalin javalin, WebRoutes routes) {
    this.javalin = javalin;
    this.routes = routes;
  }

  public static WebServer start(PlatformServices services, List<PillarModule> pillars) {
    Authenticator authenticator =
        new Authenticator(services.sessions(), services.accounts(), services.tokens());
    WebRoutes routes = new WebRoutes(new Guard(authenticator));
    List<String> bundles = new ArrayList<>(List.of("platform"));
    pillars.forEach(p -> bundles.add(p.id()));
    Messages messages = new Messages(services.config().locale(), bundles);
    Pages pages = new Pages(messages, authenticator, navigation(pillars));

    new SessionRoutes(services, pages, authenticator).register(routes);
    new ConsoleRoutes(services, pages).register(routes);
    new AdminRoutes(services, pages, authenticator).register(routes);
    new ApiRoutes(services, authenticator).register(routes);
    new SystemRoutes(services, bundles).register(routes);
    for (PillarModule pillar : pillars) {
      pillar.registerRoutes(routes, pages, services);
    }

    ErrorResponses errors = new ErrorResponses(pages);
    RequestMetrics requestMetrics = new RequestMetrics(services.metrics(), authenticator);
    Javalin javalin =
        Javalin.create(config -> configure(config, services, routes, errors, requestMetrics));
    javalin.start(services.config().httpHost(), services.config().httpPort());
    return new WebServer(javalin, routes);
  }

  private static void configure(
      JavalinConfig config,
      PlatformServices services,
      WebRoutes routes,
      ErrorResponses errors,
      RequestMetrics requestMetrics) {
    config.concurrency.useVirtualThreads = true;
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = MAX_REQUEST_BYTES;
    config.jsonMapper(new JavalinJackson(Json.mapper(), true));
    config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/webjars";
          files.directory = "/META-INF/resources/webjars";
          files.location = Location.CLASSPATH;
          files.headers = java.util.Map.of("Cache-Control", "public, max-age=86400");
        });
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/assets";
          files.directory = "/web/assets";
          files.location = Location.CLASSPATH;
          files.headers = java.util.Map.of("Cache-Control", "public, max-age=3600");
        });
    config.routes.before(WebServer::securityHeaders);
    config.routes.before(requestMetrics::start);
    config.routes.after(requestMetrics::finish);
    routes.installInto(config.routes);
    errors.installInto(config.routes);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
    if (!ctx.path().startsWith("/webjars") && !ctx.path().startsWith("/assets")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static List<NavItem> navigation(List<PillarModule> pillars) {
    List<NavItem> nav = new ArrayList<>();
    nav.add(new NavItem("overview", "nav.overview", "/overview", Access.anyUser()));
    pillars.forEach(p -> nav.addAll(p.nav()));
    nav.add(new NavItem("audit", "nav.audit", "/audit", ConsoleRoutes.AUDIT_READERS));
    nav.add(new NavItem("admin", "nav.admin", "/admin", Access.roles(Role.ADMIN)));
    nav.add(
        new NavItem("transparency", "nav.transparency", "/transparency", Access.publicAccess()));
    return nav;
  }

  public int port() {
    return javalin.port();
  }

  public List<Route> routes() {
    return routes.routes();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
