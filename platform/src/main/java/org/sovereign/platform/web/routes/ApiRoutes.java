package org.sovereign.platform.web.routes;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.accounts.ApiToken;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Organisation;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Organisations;
import org.sovereign.platform.accounts.Principal;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.accounts.User;
import org.sovereign.platform.audit.AuditEntry;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.audit.AuditVerifier;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Authenticator;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.Scopes;
import org.sovereign.platform.web.WebRoutes;

/** The platform's REST API (JSON in and out; errors as RFC 9457 problems). */
public final class ApiRoutes {
  private static final Access ORG_READERS =
      Access.roles(Role.ADMIN, Role.SUPERVISOR, Role.GRID_OPERATOR, Role.AUDITOR)
          .orClients(ClientKind.VASP_REPORTER, ClientKind.SITE_OPERATOR);
  private static final Access ORG_CONTACT_WRITERS =
      Access.roles(Role.ADMIN).orClients(ClientKind.VASP_REPORTER, ClientKind.SITE_OPERATOR);

  private final PlatformServices services;
  private final Authenticator authenticator;

  public ApiRoutes(PlatformServices services, Authenticator authenticator) {
    this.services = services;
    this.authenticator = authenticator;
  }

  public void register(WebRoutes routes) {
    Access everyone = Access.anyUser().orClients(ClientKind.values());
    routes
        .api(HandlerType.GET, "/api/v1/me", everyone, "Who am I", this::me)
        .api(HandlerType.GET, "/api/v1/users", AdminRoutes.ADMINS, "List users", this::users)
        .api(
            HandlerType.POST,
            "/api/v1/users",
            AdminRoutes.ADMINS,
            "Create a user",
            this::createUser)
        .api(
            HandlerType.GET,
            "/api/v1/organisations",
            ORG_READERS,
            "List organisations",
            this::organisations)
        .api(
            HandlerType.POST,
            "/api/v1/organisations",
            AdminRoutes.ADMINS,
            "Create an organisation",
            this::createOrganisation)
        .api(
            HandlerType.GET,
            "/api/v1/organisations/{id}",
            ORG_READERS,
            "Read an organisation",
            this::organisation)
        .api(
            HandlerType.PUT,
            "/api/v1/organisations/{id}/contact",
            ORG_CONTACT_WRITERS,
            "Replace an organisation's contact",
            this::updateContact)
        .api(HandlerType.GET, "/api/v1/tokens", AdminRoutes.ADMINS, "List tokens", this::tokens)
        .api(
            HandlerType.POST,
            "/api/v1/tokens",
            AdminRoutes.ADMINS,
            "Issue a token",
            this::issueToken)
        .api(
            HandlerType.DELETE,
            "/api/v1/tokens/{id}",
            AdminRoutes.ADMINS,
            "Revoke a token",
            this::revokeToken)
        .api(
            HandlerType.GET,
            "/api/v1/audit/head",
            Access.publicAccess(),
            "The audit chain head",
            this::auditHead)
        .api(
            HandlerType.GET,
            "/api/v1/audit/entries",
            ConsoleRoutes.AUDIT_READERS,
            "Newest audit entries",
            this::auditEntries)
        .api(
            HandlerType.GET,
            "/api/v1/audit/verification",
            ConsoleRoutes.AUDIT_READERS,
            "Recompute the audit chain",
            this::auditVerification);
  }

  private void me(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    switch (authenticator.resolve(ctx)) {
      case Principal.UserPrincipal user -> {
        body.put("kind", "user");
        body.put("user", userJson(user.user()));
      }
      case Principal.ClientPrincipal client -> {
        body.put("kind", "client");
        body.put("client_kind", client.kind().slug());
        body.put("organisation", client.orgId() == null ? null : client.orgId().value());
        body.put("token", client.token().id());
      }
    }
    ctx.json(body);
  }

  private void users(Context ctx) {
    ctx.json(Map.of("users", services.accounts().all().stream().map(ApiRoutes::userJson).toList()));
  }

  /** Body of {@code POST /api/v1/users}. */
  public record NewUser(String username, String display_name, List<String> roles) {}

  private void createUser(Context ctx) {
    NewUser body = JsonBodies.read(ctx, NewUser.class);
    var created =
        services
            .accounts()
            .create(
                actor(ctx),
                body.username(),
                body.display_name(),
                Accounts.parseRoles(body.roles()));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("user", userJson(created.user()));
    json.put("one_time_password", created.oneTimePassword());
    ctx.status(HttpStatus.CREATED).json(json);
  }

  private void organisations(Context ctx) {
    Principal principal = authenticator.resolve(ctx);
    List<Organisation> all = services.organisations().all();
    if (principal instanceof Principal.ClientPrincipal client) {
      all = all.stream().filter(o -> o.id().equals(client.orgId())).toList();
    }
    ctx.json(Map.of("organisations", all.stream().map(ApiRoutes::orgJson).toList()));
  }

  /** Body of {@code POST /api/v1/organisations}. */
  public record NewOrganisation(String kind, String name) {}

  private void createOrganisation(Context ctx) {
    NewOrganisation body = JsonBodies.read(ctx, NewOrganisation.class);
    OrganisationKind kind;
    try {
      kind = OrganisationKind.parse(body.kind() == null ? "" : body.kind());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("kind", e.getMessage());
    }
    Organisation created = services.organisations().create(actor(ctx), kind, body.name());
    ctx.status(HttpStatus.CREATED).json(orgJson(created));
  }

  private void organisation(Context ctx) {
    OrgId id = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(authenticator.resolve(ctx), id);
    ctx.json(
        orgJson(services.organisations().byId(id).orElseThrow(() -> Organisations.notFound(id))));
  }

  /** Body of {@code PUT /api/v1/organisations/{id}/contact}. */
  public record ContactBody(String name, String email, String phone) {}

  private void updateContact(Context ctx) {
    OrgId id = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(authenticator.resolve(ctx), id);
    ContactBody body = JsonBodies.read(ctx, ContactBody.class);
    Organisation updated =
        services
            .organisations()
            .updateContact(
                actor(ctx), id, new Organisation.Contact(body.name(), body.email(), body.phone()));
    ctx.json(orgJson(updated));
  }

  private void tokens(Context ctx) {
    ctx.json(Map.of("tokens", services.tokens().all().stream().map(ApiRoutes::tokenJson).toList()));
  }

  /** Body of {@code POST /api/v1/tokens}. */
  public record NewToken(String client_kind, Long organisation, String name) {}

  private void issueToken(Context ctx) {
    NewToken body = JsonBodies.read(ctx, NewToken.class);
    ClientKind kind = AdminRoutes.parseClientKind(body.client_kind());
    OrgId orgId = body.organisation() == null ? null : orgIdField(body.organisation());
    var issued = services.tokens().issue(actor(ctx), kind, orgId, body.name());
    Map<String, Object> json = new LinkedHashMap<>(tokenJson(issued.token()));
    json.put("secret", issued.secret());
    ctx.status(HttpStatus.CREATED).json(json);
  }

  private void revokeToken(Context ctx) {
    ctx.json(tokenJson(services.tokens().revoke(actor(ctx), Params.pathId(ctx, "id"))));
  }

  private void auditHead(Context ctx) {
    var head = services.tx().read(AuditLog::head);
    ctx.json(Map.of("seq", head.seq(), "hash", head.hashHex()));
  }

  private void auditEntries(Context ctx) {
    int limit = Params.queryInt(ctx, "limit", 100, 1, 1000);
    List<AuditEntry> entries = services.tx().read(h -> AuditLog.newest(h, limit));
    ctx.json(Map.of("entries", entries.stream().map(ApiRoutes::entryJson).toList()));
  }

  private void auditVerification(Context ctx) {
    var result = services.tx().read(h -> AuditVerifier.verify(h, n -> {}));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("intact", result.intact());
    json.put("entries_checked", result.entriesChecked());
    json.put("head_seq", result.headSeq());
    json.put("head_hash", result.headHash());
    json.put(
        "first_broken",
        result
            .firstBroken()
            .map(
                b ->
                    Map.of(
                        "seq",
                        b.seq(),
                        "reason",
                        b.reason().name(),
                        "explanation",
                        b.explanation()))
            .orElse(null));
    ctx.json(json);
  }

  private org.sovereign.platform.audit.Actor actor(Context ctx) {
    return authenticator.resolve(ctx).actor();
  }

  private static OrgId orgIdField(long value) {
    if (value <= 0) {
      throw DomainException.invalidField("organisation", "must be a positive id");
    }
    return new OrgId(value);
  }

  static Map<String, Object> userJson(User user) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", user.id());
    json.put("username", user.username());
    json.put("display_name", user.displayName());
    json.put("roles", user.roles().stream().map(Role::slug).sorted().toList());
    json.put("must_change_password", user.mustChangePassword());
    json.put("locked_until", user.lockedUntil());
    json.put("created_at", user.createdAt());
    json.put("last_login_at", user.lastLoginAt());
    return json;
  }

  static Map<String, Object> orgJson(Organisation org) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", org.id().value());
    json.put("kind", org.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    json.put("name", org.name());
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("name", org.contact().name());
    contact.put("email", org.contact().email());
    contact.put("phone", org.contact().phone());
    json.put("contact", contact);
    json.put("updated_at", org.updatedAt());
    return json;
  }

  static Map<String, Object> tokenJson(ApiToken token) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", token.id());
    json.put("client_kind", token.kind().slug());
    json.put("organisation", token.orgId() == null ? null : token.orgId().value());
    json.put("name", token.name());
    json.put("prefix", token.prefix());
    json.put("created_by", token.createdBy());
    json.put("created_at", token.createdAt());
    json.put("revoked_at", token.revokedAt());
    json.put("last_used_at", token.lastUsedAt());
    return json;
  }

  static Map<String, Object> entryJson(AuditEntry e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("seq", e.seq());
    json.put("at", e.at());
    json.put("actor", e.actor());
    json.put("action", e.action());
    json.put("object", e.object());
    json.put("detail", e.detail());
    json.put("hash", e.hashHex());
    return json;
  }
}
