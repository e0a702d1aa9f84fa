package org.sovereign.platform.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Authenticator;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;

/** Administration pages: users, organisations and machine-client tokens. */
public final class AdminRoutes {
  public static final Access ADMINS = Access.roles(Role.ADMIN);

  private final PlatformServices services;
  private final Pages pages;
  private final Authenticator authenticator;

  public AdminRoutes(PlatformServices services, Pages pages, Authenticator authenticator) {
    this.services = services;
    this.pages = pages;
    this.authenticator = authenticator;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/admin",
            ADMINS,
            "Administration",
            ctx -> show(ctx, Map.of(), HttpStatus.OK))
        .page(HandlerType.POST, "/admin/users", ADMINS, "Add a user", this::addUser)
        .page(
            HandlerType.POST,
            "/admin/organisations",
            ADMINS,
            "Add an organisation",
            this::addOrganisation)
        .page(HandlerType.POST, "/admin/tokens", ADMINS, "Issue a token", this::issueToken)
        .page(
            HandlerType.POST,
            "/admin/tokens/{id}/revoke",
            ADMINS,
            "Revoke a token",
            this::revokeToken);
  }

  private void show(Context ctx, Map<String, Object> extra, HttpStatus status) {
    Map<String, Object> params = new HashMap<>(extra);
    params.put("users", services.accounts().all());
    params.put("organisations", services.organisations().all());
    params.put("tokens", services.tokens().all());
    params.put("roles", List.of(Role.values()));
    params.put("clientKinds", List.of(ClientKind.values()));
    params.putIfAbsent("error", null);
    params.putIfAbsent("secretLabel", null);
    params.putIfAbsent("secret", null);
    ctx.status(status);
    pages.render(ctx, "admin", "admin.title", "platform/admin.jte", params);
  }

  private void addUser(Context ctx) {
    attempt(
        ctx,
        () -> {
          var created =
              services
                  .accounts()
                  .create(
                      actor(ctx),
                      ctx.formParam("username"),
                      ctx.formParam("display_name"),
                      Accounts.parseRoles(ctx.formParams("roles")));
          return Map.of(
              "secretLabel",
              pages.messages().format("admin.users.created", created.user().username()),
              "secret",
              created.oneTimePassword());
        });
  }

  private void addOrganisation(Context ctx) {
    attempt(
        ctx,
        () -> {
          services
              .organisations()
              .create(actor(ctx), parseKind(ctx.formParam("kind")), ctx.formParam("name"));
          return Map.of();
        });
  }

  private void issueToken(Context ctx) {
    attempt(
        ctx,
        () -> {
          ClientKind kind = parseClientKind(ctx.formParam("client_kind"));
          String org = ctx.formParam("organisation");
          OrgId orgId =
              org == null || org.isBlank() ? null : new OrgId(parseLong("organisation", org));
          var issued = services.tokens().issue(actor(ctx), kind, orgId, ctx.formParam("name"));
          return Map.of(
              "secretLabel",
              pages.messages().format("admin.tokens.created", issued.token().name()),
              "secret",
              issued.secret());
        });
  }

  private void revokeToken(Context ctx) {
    long id = parseLong("id", ctx.pathParam("id"));
    services.tokens().revoke(actor(ctx), id);
    ctx.redirect("/admin?flash=token-revoked#tokens", HttpStatus.SEE_OTHER);
  }

  private void attempt(Context ctx, java.util.function.Supplier<Map<String, Object>> action) {
    try {
      show(ctx, action.get(), HttpStatus.OK);
    } catch (DomainException e) {
      Map<String, Object> params = new HashMap<>();
      params.put("error", e.getMessage());
      show(ctx, params, HttpStatus.forStatus(e.status()));
    }
  }

  private org.sovereign.platform.audit.Actor actor(Context ctx) {
    return authenticator.resolve(ctx).actor();
  }

  private static OrganisationKind parseKind(String raw) {
    try {
      return OrganisationKind.parse(raw == null ? "" : raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("kind", e.getMessage());
    }
  }

  static ClientKind parseClientKind(String raw) {
    try {
      return ClientKind.parse(raw == null ? "" : raw);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("client_kind", e.getMessage());
    }
  }

  private static long parseLong(String field, String raw) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(field, "must be a whole number, not '" + raw + "'");
    }
  }
}
