package org.sovereign.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.json.Json;

/** Registers power sites through the API and gives each its site operator's token. */
final class PowerSites {
  private PowerSites() {}

  /** A site registered by {@code grid} with {@code body}; its id. */
  static long register(WebFixture.Caller grid, String body) {
    HttpResponse<String> r = grid.json("POST", "/api/v1/power/sites", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asLong();
  }

  /** A caller holding a site-operator token scoped to site {@code id}. */
  static WebFixture.Caller operator(WebFixture web, long id, String name) {
    String secret =
        web.services()
            .tokens()
            .issue(Actor.SYSTEM, ClientKind.SITE_OPERATOR, new OrgId(id), name)
            .secret();
    return web.bearer(secret);
  }

  static JsonNode json(HttpResponse<String> r) {
    try {
      return Json.mapper().readTree(r.body());
    } catch (Exception e) {
      throw new IllegalStateException(r.body(), e);
    }
  }
}
