package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.json.Json;
import org.sovereign.platform.web.Route;

/** The served OpenAPI document describes exactly the API and system routes the server has. */
class OpenApiTest {
  private static WebFixture web;

  @BeforeAll
  static void start() {
    web = new WebFixture();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void document_shouldDescribeEveryApiRouteAndNothingElse() throws Exception {
    assertThat(web.anonymous().get("/api/openapi.json").statusCode()).isEqualTo(401);
    JsonNode doc =
        Json.mapper()
            .readTree(
                web.signedIn(org.sovereign.platform.accounts.Role.ANALYST)
                    .get("/api/openapi.json")
                    .body());
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    Set<String> documented = new TreeSet<>();
    for (var path : doc.get("paths").properties()) {
      for (var method : path.getValue().properties()) {
        documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        assertThat(method.getValue().get("summary")).as(path.getKey()).isNotNull();
      }
    }
    Set<String> served = new TreeSet<>();
    for (Route route : web.server().routes()) {
      if (route.kind() != Route.Kind.PAGE) {
        served.add(route.method().name() + " " + route.path());
      }
    }
    assertThat(documented).isEqualTo(served);
  }
}
