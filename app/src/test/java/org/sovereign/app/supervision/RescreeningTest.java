package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.Pillars;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.supervision.aml.Watchlist;

/**
 * A list update: parties already stored are screened again when the lists' version changes, and a
 * party that is newly listed opens one case — not again on the next run.
 */
class RescreeningTest {
  private static volatile String listedName = "nobody at all";
  private static volatile String version = "v1";
  private static WebFixture web;

  @BeforeAll
  static void start() {
    Watchlist changing =
        new Watchlist() {
          @Override
          public Optional<String> entry(String address) {
            return Optional.empty();
          }

          @Override
          public List<String> bitcoinAddresses() {
            return List.of();
          }

          @Override
          public Optional<String> listedParty(String name, String dob, String country) {
            return name.equalsIgnoreCase(listedName)
                ? Optional.of("UN:QDi.999: " + name + " (1.00; exact)")
                : Optional.empty();
          }

          @Override
          public String version() {
            return version;
          }
        };
    web = new WebFixture(Clock.systemUTC(), chain -> Pillars.all(chain, changing), runtime -> {});
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void listUpdate_shouldScreenStoredPartiesAgainAndAlertOnce() throws Exception {
    VaspFixture.Vasp vasp = VaspFixture.licensed(web, "Rescreen Exchange");
    HttpResponse<String> reported =
        vasp.reporter()
            .send(
                "POST",
                "/api/v1/vasps/" + vasp.id() + "/transfers",
                "application/json",
                TransferMonitoringTest.transfer("rs-1", "50.00", true));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    WebFixture.Caller supervisor = web.signedIn(Role.SUPERVISOR);
    Thread.sleep(200);
    JsonNode first = json(supervisor.json("POST", "/api/v1/supervision/screening/rescreen", null));
    assertThat(first.get("new_hits").asInt()).isZero();

    listedName = "Omar Farooq";
    version = "v2";
    JsonNode second = json(supervisor.json("POST", "/api/v1/supervision/screening/rescreen", null));
    assertThat(second.get("ran").asBoolean()).isTrue();
    assertThat(second.get("new_hits").asInt()).isEqualTo(1);
    JsonNode again =
        json(supervisor.json("POST", "/api/v1/supervision/screening/rescreen?force=true", null));
    assertThat(again.get("new_hits").asInt()).isZero();
    JsonNode cases = json(supervisor.get("/api/v1/supervision/cases")).get("cases");
    assertThat(cases.findValuesAsText("title")).contains("Listed on re-screening · Omar Farooq");
  }
}
