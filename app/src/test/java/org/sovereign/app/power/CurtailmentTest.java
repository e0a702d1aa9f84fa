package org.sovereign.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.platform.testing.MutableClock;
import org.sovereign.power.curtail.InstructionSigner;

/**
 * Real-time curtailment end to end: registry, meter readings with line-numbered errors and gap
 * filling, a request decided in merit order (interruptible and cheapest first, never the firm AI
 * site), signed instructions delivered to the sites' endpoints, idempotency by request id, and
 * compliance read from the meters with the under-delivering site flagged.
 */
class CurtailmentTest {
  private static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES));
  private static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();
  private static HttpServer endpoint;
  private static WebFixture web;
  private static WebFixture.Caller grid;
  private static Map<String, Long> sites;
  private static Map<String, WebFixture.Caller> operators;

  @BeforeAll
  static void start() throws Exception {
    endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    endpoint.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          RECEIVED.put(
              exchange.getRequestHeaders().getFirst("Idempotency-Key"),
              body + "\n" + exchange.getRequestHeaders().getFirst("X-Sovereign-Signature"));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    endpoint.start();
    web = new WebFixture(CLOCK);
    grid = web.signedIn(Role.GRID_OPERATOR);
    assertThat(
            grid.json(
                    "POST",
                    "/api/v1/power/nodes",
                    "{\"code\":\"JMS\",\"name\":\"Jamshoro 500 kV\",\"import_limit_kw\":900000}")
                .statusCode())
        .isEqualTo(201);
    String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/instructions";
    sites = new java.util.LinkedHashMap<>();
    operators = new java.util.LinkedHashMap<>();
    register("Hyderabad Mining A", "interruptible", "mining", 7_000, url);
    register("Hyderabad Mining B", "interruptible", "mining", 8_000, url);
    register("Hyderabad Mining C", "interruptible", "mining", 9_000, url);
    register("Jamshoro AI Campus", "firm", "ai", 30_000, url);
  }

  @AfterAll
  static void stop() {
    web.close();
    endpoint.stop(0);
  }

  private static void register(String name, String contract, String kind, long value, String url) {
    long id =
        PowerSites.register(
            grid,
            "{\"name\":\""
                + name
                + "\",\"node\":\"JMS\",\"kind\":\""
                + kind
                + "\",\"contract_class\":\""
                + contract
                + "\",\"contracted_kw\":60000,\"ramp_kw_per_min\":600000,\"value_cents_per_mwh\":"
                + value
                + ",\"tariff_paisa_per_kwh\":2400,\"endpoint\":\""
                + url
                + "\"}");
    sites.put(name, id);
    operators.put(name, PowerSites.operator(web, id, name));
  }

  private static JsonNode json(HttpResponse<String> r) {
    return PowerSites.json(r);
  }

  private static HttpResponse<String> readings(String site, String csv) {
    return operators
        .get(site)
        .send("POST", "/api/v1/power/sites/" + sites.get(site) + "/readings", "text/csv", csv);
  }

  private static String minutes(int from, int to, long kw) {
    StringBuilder csv = new StringBuilder("time,kw\n");
    for (int m = from; m <= to; m++) {
      csv.append(CLOCK.instant().plus(m, ChronoUnit.MINUTES)).append(',').append(kw).append('\n');
    }
    return csv.toString();
  }

  @Test
  void curtailment_shouldInstructTheCheapestInterruptibleSitesAndFlagTheOneThatDidNotDeliver()
      throws Exception {
    for (String site : sites.keySet()) {
      assertThat(readings(site, minutes(-10, 0, 50_000)).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> spike = readings("Hyderabad Mining A", minutes(-20, -20, 500_000));
    assertThat(spike.statusCode()).isEqualTo(422);
    assertThat(json(spike).get("field").asText()).isEqualTo("line:2");
    String backwards =
        "time,kw\n"
            + CLOCK.instant().minusSeconds(30)
            + ",1\n"
            + CLOCK.instant().minusSeconds(90)
            + ",1\n";
    assertThat(json(readings("Hyderabad Mining A", backwards)).get("detail").asText())
        .contains("line 3")
        .contains("before");
    assertThat(
            operators
                .get("Hyderabad Mining A")
                .send(
                    "POST",
                    "/api/v1/power/sites/" + sites.get("Hyderabad Mining B") + "/readings",
                    "text/csv",
                    minutes(1, 1, 1))
                .statusCode())
        .as("a site's token reaches only its own site")
        .isEqualTo(404);

    String request = "{\"id\":\"evening-peak-1\",\"kw\":80000,\"within_seconds\":60}";
    JsonNode outcome = json(grid.json("POST", "/api/v1/power/curtailments", request));
    JsonNode instructions = outcome.get("instructions");
    assertThat(instructions).hasSize(2);
    Map<Long, Long> shed = new java.util.HashMap<>();
    instructions.forEach(i -> shed.put(i.get("site").asLong(), i.get("shed_kw").asLong()));
    assertThat(shed)
        .containsEntry(sites.get("Hyderabad Mining A"), 50_000L)
        .containsEntry(sites.get("Hyderabad Mining B"), 30_000L)
        .doesNotContainKey(sites.get("Jamshoro AI Campus"));
    assertThat(outcome.get("decision_micros").asDouble()).isLessThan(100_000);
    JsonNode again = json(grid.json("POST", "/api/v1/power/curtailments", request));
    assertThat(again.get("instructions")).hasSize(2);
    assertThat(again.get("deadline").asText()).isEqualTo(outcome.get("deadline").asText());

    String publicKey =
        json(web.anonymous().get("/api/v1/power/signing-key")).get("public_key").asText();
    long deadline = System.currentTimeMillis() + 10_000;
    while (RECEIVED.size() < 2 && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(RECEIVED).hasSize(2);
    for (String delivered : RECEIVED.values()) {
      String[] parts = delivered.split("\n");
      assertThat(InstructionSigner.verify(publicKey, parts[0], parts[1])).isTrue();
      assertThat(
              InstructionSigner.verify(
                  publicKey, parts[0].replace("\"shed_kw\":", "\"shed_kw\":1"), parts[1]))
          .isFalse();
    }

    CLOCK.advance(Duration.ofSeconds(60));
    readings("Hyderabad Mining A", minutes(1, 3, 0));
    readings("Hyderabad Mining B", minutes(1, 3, 35_000));
    JsonNode after =
        json(web.signedIn(Role.GRID_OPERATOR).get("/api/v1/power/curtailments"))
            .get("curtailments")
            .get(0);
    Map<Long, Boolean> compliant = new java.util.HashMap<>();
    after
        .get("instructions")
        .forEach(i -> compliant.put(i.get("site").asLong(), i.get("compliant").asBoolean()));
    assertThat(compliant)
        .containsEntry(sites.get("Hyderabad Mining A"), true)
        .containsEntry(sites.get("Hyderabad Mining B"), false);
    JsonNode restore =
        json(web.signedIn(Role.GRID_OPERATOR)
                .json(
                    "POST",
                    "/api/v1/power/curtailments/evening-peak-1/restore",
                    "{\"stages\":3,\"interval_seconds\":300}"))
            .get("restore");
    assertThat(restore).hasSize(6);
    long restoredForA = 0;
    for (JsonNode r : restore) {
      assertThat(
              InstructionSigner.verify(
                  publicKey, r.get("payload").asText(), r.get("signature").asText()))
          .isTrue();
      if (r.get("site").asLong() == sites.get("Hyderabad Mining A")) {
        restoredForA += r.get("shed_kw").asLong();
      }
    }
    assertThat(restoredForA).as("stages add up to what was shed").isEqualTo(50_000L);
    assertThat(
            json(web.signedIn(Role.GRID_OPERATOR)
                    .json(
                        "POST",
                        "/api/v1/power/curtailments/evening-peak-1/restore",
                        "{\"stages\":2,\"interval_seconds\":60}"))
                .get("restore"))
        .as("idempotent: the stored restore is returned")
        .hasSize(6);
    List<String> breaches =
        web.services()
            .tx()
            .read(
                h ->
                    h.createQuery(
                            "SELECT object FROM audit_log WHERE action = 'power.instruction-breached'")
                        .mapTo(String.class)
                        .list());
    assertThat(breaches).containsExactly("site:" + sites.get("Hyderabad Mining B"));
  }

  @Test
  void readingsWithAGap_shouldBeFilledAndMarkedEstimated() {
    StringBuilder csv = new StringBuilder("time,kw\n");
    Instant t = CLOCK.instant().minus(2, ChronoUnit.HOURS);
    for (int m : new int[] {0, 1, 2, 3, 6, 7}) {
      csv.append(t.plus(m, ChronoUnit.MINUTES)).append(",40000\n");
    }
    JsonNode r = json(readings("Hyderabad Mining C", csv.toString()));
    assertThat(r.get("estimated").asInt()).isEqualTo(2);
    assertThat(r.get("received").asInt()).isEqualTo(6);
  }

  @Test
  void energyReport_shouldBeByteIdenticalForTheSameDataAndAccountEveryMeteredSite()
      throws Exception {
    String month = CLOCK.instant().toString().substring(0, 7);
    String first = web.anonymous().get("/api/v1/public/energy-report?month=" + month).body();
    String second = web.anonymous().get("/api/v1/public/energy-report?month=" + month).body();
    assertThat(first).isEqualTo(second);
    JsonNode report = Json.mapper().readTree(first);
    assertThat(report.get("sites")).hasSize(4);
    assertThat(report.get("by_use").findValuesAsText("use")).contains("mining", "ai");
    String csv = web.anonymous().get("/api/v1/public/energy-report.csv?month=" + month).body();
    assertThat(csv).startsWith("month,site,name,kind").contains("Hyderabad Mining A");
    assertThat(web.anonymous().get("/transparency/energy?month=" + month).body())
        .contains("Hyderabad Mining C");
    assertThat(web.anonymous().get("/api/v1/public/energy-report?month=2026-13").statusCode())
        .isEqualTo(422);
  }
}
