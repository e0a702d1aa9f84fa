package org.sovereign.platform.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place routes are declared. Every route names who may call it; the guard wraps each
 * handler, so no handler runs for a caller its route does not allow. The list of routes is also
 * what the role-matrix test and the OpenAPI check walk.
 */
public final class WebRoutes {
  private final List<Registered> routes = new ArrayList<>();
  private final Guard guard;

  public WebRoutes(Guard guard) {
    this.guard = guard;
  }

  public WebRoutes page(
      HandlerType method, String path, Access access, String summary, Handler handler) {
    return add(new Route(method, path, access, Route.Kind.PAGE, summary), handler);
  }

  public WebRoutes api(
      HandlerType method, String path, Access access, String summary, Handler handler) {
    return add(new Route(method, path, access, Route.Kind.API, summary), handler);
  }

  public WebRoutes system(
      HandlerType method, String path, Access access, String summary, Handler handler) {
    return add(new Route(method, path, access, Route.Kind.SYSTEM, summary), handler);
  }

  private WebRoutes add(Route route, Handler handler) {
    for (Registered existing : routes) {
      if (existing.route().method() == route.method()
          && existing.route().path().equals(route.path())) {
        throw new IllegalStateException(
            "route declared twice: " + route.method() + " " + route.path());
      }
    }
    routes.add(new Registered(route, handler));
    return this;
  }

  public List<Route> routes() {
    return routes.stream().map(Registered::route).toList();
  }

  public void installInto(RoutesConfig config) {
    for (Registered registered : routes) {
      Route route = registered.route();
      config.addHttpHandler(route.method(), route.path(), guard.wrap(route, registered.handler()));
    }
  }

  private record Registered(Route route, Handler handler) {}
}
