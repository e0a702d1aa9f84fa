package org.sovereign.platform.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Times every request into {@code http_server_requests} and writes one structured log line. */
final class RequestMetrics {
  private static final Logger LOG = LoggerFactory.getLogger("sovereign.http");
  private static final String START = "sovereign.start";

  private final MeterRegistry registry;
  private final Authenticator authenticator;

  RequestMetrics(MeterRegistry registry, Authenticator authenticator) {
    this.registry = registry;
    this.authenticator = authenticator;
  }

  void start(Context ctx) {
    ctx.attribute(START, System.nanoTime());
  }

  void finish(Context ctx) {
    Long start = ctx.attribute(START);
    if (start == null) {
      return;
    }
    long nanos = System.nanoTime() - start;
    Route route = RequestRoute.of(ctx);
    String path = route == null ? (isAsset(ctx) ? "static" : "unmatched") : route.path();
    int status = ctx.status().getCode();
    Timer.builder("http.server.requests")
        .tag("method", ctx.method().name())
        .tag("route", path)
        .tag("status", Integer.toString(status))
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    if (!isAsset(ctx)) {
      var principal = route == null ? null : authenticator.resolve(ctx);
      LOG.atInfo()
          .addKeyValue("method", ctx.method().name())
          .addKeyValue("path", ctx.path())
          .addKeyValue("route", path)
          .addKeyValue("status", status)
          .addKeyValue("ms", nanos / 1_000_000.0)
          .addKeyValue("actor", principal == null ? "-" : principal.actor().label())
          .log("request");
    }
  }

  private static boolean isAsset(Context ctx) {
    return ctx.path().startsWith("/webjars/") || ctx.path().startsWith("/assets/");
  }
}
