package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.HandlerType;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Organisation;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Route;

/**
 * Every declared route, called by every role, every kind of machine client and an anonymous caller:
 * each reaches exactly the routes its declaration allows, and the declarations match the policy
 * (who may open which section).
 */
class RoleMatrixTest {
  private static WebFixture web;
  private static final Map<String, WebFixture.Caller> CALLERS = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    web = new WebFixture();
    for (Role role : Role.values()) {
      CALLERS.put(role.name(), web.signedIn(role));
    }
    Organisation vasp =
        web.services().organisations().create(Actor.SYSTEM, OrganisationKind.VASP, "Matrix VASP");
    Organisation site =
        web.services()
            .organisations()
            .create(Actor.SYSTEM, OrganisationKind.POWER_SITE, "Matrix Site");
    CALLERS.put(
        ClientKind.VASP_REPORTER.name(),
        web.bearer(
            web.services()
                .tokens()
                .issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, vasp.id(), "m")
                .secret()));
    CALLERS.put(
        ClientKind.SITE_OPERATOR.name(),
        web.bearer(
            web.services()
                .tokens()
                .issue(Actor.SYSTEM, ClientKind.SITE_OPERATOR, site.id(), "m")
                .secret()));
    CALLERS.put(
        ClientKind.MONITORING.name(),
        web.bearer(
            web.services()
                .tokens()
                .issue(Actor.SYSTEM, ClientKind.MONITORING, null, "m")
                .secret()));
    CALLERS.put("ANONYMOUS", web.anonymous());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static boolean allowed(Access access, String caller) {
    if (access.open()) {
      return true;
    }
    if (caller.equals("ANONYMOUS")) {
      return false;
    }
    for (Role role : Role.values()) {
      if (role.name().equals(caller)) {
        return access.anySignedInUser() || access.roles().contains(role);
      }
    }
    return access.clients().contains(ClientKind.valueOf(caller));
  }

  private static HttpResponse<String> call(WebFixture.Caller caller, Route route) {
    String path = route.path().replace("{id}", "999999");
    if (route.method() == HandlerType.GET) {
      return caller.get(path);
    }
    if (route.kind() == Route.Kind.PAGE) {
      return caller.csrf() == null
          ? caller.form(path, Map.of())
          : caller.formWithCsrf(path, Map.of());
    }
    return caller.json(route.method().name(), path, "{}");
  }

  @Test
  void everyRoute_shouldAdmitExactlyTheCallersItsDeclarationAllows() {
    List<String> failures = new ArrayList<>();
    List<Route> routes =
        web.server().routes().stream()
            .filter(
                r ->
                    !(r.method() == HandlerType.POST
                        && (r.path().equals("/logout") || r.path().equals("/login"))))
            .toList();
    assertThat(routes).hasSizeGreaterThan(25);
    for (Route route : routes) {
      for (var entry : CALLERS.entrySet()) {
        HttpResponse<String> response = call(entry.getValue(), route);
        int status = response.statusCode();
        boolean ok = allowed(route.access(), entry.getKey());
        boolean denied =
            status == 401
                || (status == 403
                    && response.body().toLowerCase(java.util.Locale.ROOT).contains("forbidden"))
                || (status == 303
                    && response.headers().firstValue("Location").orElse("").startsWith("/login"));
        if (ok == denied) {
          failures.add(
              route.method()
                  + " "
                  + route.path()
                  + " as "
                  + entry.getKey()
                  + ": expected "
                  + (ok ? "access" : "denial")
                  + " but got "
                  + status);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  private static int status(String caller, String path) {
    return CALLERS.get(caller).get(path).statusCode();
  }

  @Test
  void sections_shouldOpenOnlyForTheRolesThatWorkThere() {
    Map<String, List<String>> policy = new LinkedHashMap<>();
    policy.put("/reserve", List.of("RESERVE_OFFICER", "RESERVE_APPROVER", "AUDITOR"));
    policy.put("/power", List.of("GRID_OPERATOR", "ANALYST", "AUDITOR"));
    policy.put("/supervision", List.of("SUPERVISOR", "ANALYST", "AUDITOR"));
    policy.put("/audit", List.of("AUDITOR", "ADMIN"));
    policy.put("/admin", List.of("ADMIN"));
    policy.put("/api/v1/users", List.of("ADMIN"));
    policy.put("/api/v1/audit/verification", List.of("AUDITOR", "ADMIN"));
    policy.put("/metrics", List.of("ADMIN", "AUDITOR", "MONITORING"));
    policy.forEach(
        (path, admitted) -> {
          for (String caller : CALLERS.keySet()) {
            int status = status(caller, path);
            if (admitted.contains(caller)) {
              assertThat(status).as(caller + " GET " + path).isEqualTo(200);
            } else {
              assertThat(status).as(caller + " GET " + path).isIn(401, 403, 303);
            }
          }
        });
  }

  @Test
  void publicPages_shouldNeedNoSignIn() {
    assertThat(status("ANONYMOUS", "/transparency")).isEqualTo(200);
    assertThat(status("ANONYMOUS", "/health/live")).isEqualTo(200);
    assertThat(status("ANONYMOUS", "/health/ready")).isEqualTo(200);
    assertThat(status("ANONYMOUS", "/api/v1/audit/head")).isEqualTo(200);
    assertThat(status("ANONYMOUS", "/overview")).isEqualTo(303);
    assertThat(status("ANONYMOUS", "/api/v1/me")).isEqualTo(401);
  }
}
