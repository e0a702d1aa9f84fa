package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.json.Json;

/** Test setup for supervision: a VASP on the register and its reporter's token. */
public final class VaspFixture {
  private VaspFixture() {}

  /** A registered VASP and a caller holding its reporter token. */
  public record Vasp(long id, WebFixture.Caller reporter, String token) {}

  static String tokenOf(Vasp vasp) {
    return vasp.token();
  }

  public static Vasp registered(WebFixture web, String name) {
    WebFixture.Caller supervisor = web.signedIn(Role.SUPERVISOR);
    HttpResponse<String> created =
        supervisor.json(
            "POST",
            "/api/v1/supervision/vasps",
            "{\"legal_name\":\""
                + name
                + "\",\"registration_number\":\"SECP-"
                + Math.abs(name.hashCode())
                + "\",\"category\":\"exchange\",\"services\":[\"Spot exchange\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    String secret =
        web.services()
            .tokens()
            .issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, new OrgId(id), name + " reporter")
            .secret();
    return new Vasp(id, web.bearer(secret), secret);
  }

  /** A VASP taken through review to a license by two supervisors. */
  public static Vasp licensed(WebFixture web, String name) {
    Vasp vasp = registered(web, name);
    WebFixture.Caller maker = web.signedIn(Role.SUPERVISOR);
    WebFixture.Caller checker = web.signedIn(Role.SUPERVISOR);
    for (String to : new String[] {"under-review", "licensed"}) {
      HttpResponse<String> proposed =
          maker.json(
              "POST",
              "/api/v1/supervision/vasps/" + vasp.id() + "/transitions",
              "{\"to\":\"" + to + "\",\"reason\":\"file complete\"}");
      assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
      HttpResponse<String> approved =
          checker.json(
              "POST",
              "/api/v1/supervision/transitions/" + json(proposed).get("id").asLong() + "/approve",
              "{}");
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }
    return vasp;
  }

  public static JsonNode json(HttpResponse<String> r) {
    try {
      return Json.mapper().readTree(r.body());
    } catch (Exception e) {
      throw new IllegalStateException(r.body(), e);
    }
  }
}
