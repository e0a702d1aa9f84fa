package org.sovereign.platform.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereign.platform.errors.DomainException;

/**
 * Turns failures into responses: problem+json for the API and machine routes, a readable error page
 * for the console. Unexpected exceptions are logged with an id the user can quote; their details
 * never reach the client.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

  private final Pages pages;

  ErrorResponses(Pages pages) {
    this.pages = pages;
  }

  void installInto(RoutesConfig routes) {
    routes.exception(DomainException.class, this::domain);
    routes.exception(Exception.class, this::unexpected);
    routes.error(404, this::notFound);
    routes.error(
        405,
        ctx ->
            respond(
                ctx,
                405,
                "method-not-allowed",
                "Method not allowed",
                ctx.method() + " is not allowed on " + ctx.path(),
                null));
  }

  private void domain(DomainException e, Context ctx) {
    respond(ctx, e.status(), e.code(), title(e.status()), e.getMessage(), e.field());
  }

  private void unexpected(Exception e, Context ctx) {
    String incident = Long.toHexString(System.nanoTime());
    LOG.atError()
        .addKeyValue("incident", incident)
        .addKeyValue("path", ctx.path())
        .setCause(e)
        .log("unexpected failure");
    respond(
        ctx,
        500,
        "internal-error",
        "Internal error",
        "an unexpected error occurred (incident " + incident + ")",
        null);
  }

  private void notFound(Context ctx) {
    if (RequestRoute.of(ctx) != null) {
      return;
    }
    respond(ctx, 404, "not-found", "Not found", "nothing is at " + ctx.path(), null);
  }

  private void respond(
      Context ctx, int status, String code, String title, String detail, String field) {
    Route route = RequestRoute.of(ctx);
    boolean page =
        route != null
            ? route.kind() == Route.Kind.PAGE
            : !ctx.path().startsWith("/api/") && wantsHtml(ctx);
    if (!page) {
      Problems.write(ctx, status, code, title, detail, field);
      return;
    }
    ctx.status(status);
    pages.render(
        ctx,
        null,
        null,
        "platform/error.jte",
        Map.of("status", status, "title", title, "detail", detail));
  }

  private static boolean wantsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not signed in";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 415 -> "Unsupported media type";
      case 422 -> "Invalid input";
      case 429 -> "Too many requests";
      default -> "Request failed";
    };
  }
}
