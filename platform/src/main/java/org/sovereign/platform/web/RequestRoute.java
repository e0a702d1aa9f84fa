package org.sovereign.platform.web;

import io.javalin.http.Context;

/** The route that matched the current request, for the error handlers. */
final class RequestRoute {
  static final String ATTRIBUTE = "sovereign.route";

  private RequestRoute() {}

  static Route of(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }
}
