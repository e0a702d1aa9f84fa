package org.sovereign.platform.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.OpenApiDocument;
import org.sovereign.platform.web.WebRoutes;

/** Health checks, Prometheus metrics and the OpenAPI description. */
public final class SystemRoutes {
  private static final Access METRICS_READERS =
      Access.roles(Role.ADMIN, Role.AUDITOR).orClients(ClientKind.MONITORING);

  private final PlatformServices services;
  private final byte[] openApi;

  public SystemRoutes(PlatformServices services, List<String> modules) {
    this.services = services;
    this.openApi = Json.canonical(OpenApiDocument.build(modules)).getBytes(StandardCharsets.UTF_8);
  }

  public void register(WebRoutes routes) {
    routes
        .system(
            HandlerType.GET,
            "/health/live",
            Access.publicAccess(),
            "Liveness",
            ctx -> ctx.json(Map.of("status", "up")))
        .system(
            HandlerType.GET,
            "/health/ready",
            Access.publicAccess(),
            "Readiness (checks the database)",
            this::ready)
        .system(HandlerType.GET, "/metrics", METRICS_READERS, "Prometheus metrics", this::metrics)
        .system(
            HandlerType.GET,
            "/api/openapi.json",
            Access.anyUser().orClients(ClientKind.values()),
            "OpenAPI description",
            this::openApi);
  }

  private void ready(Context ctx) {
    boolean db = services.database().isReady();
    ctx.status(db ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(Map.of("status", db ? "ready" : "not-ready", "database", db ? "up" : "down"));
  }

  private void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(services.metrics().scrape());
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }
}
