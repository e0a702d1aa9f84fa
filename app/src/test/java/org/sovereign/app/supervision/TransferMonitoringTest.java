package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.testing.MutableClock;

/**
 * Transaction monitoring through the API: transfer reports (JSON, NDJSON, CSV) stored once, bad
 * input named by line and field with nothing stored, alerts opening cases that show the rules and
 * facts, the case workflow with a second person to close, SLA timers, and the goAML export.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class TransferMonitoringTest {
  private static final MutableClock CLOCK = MutableClock.startingNow();
  private static WebFixture web;
  private static VaspFixture.Vasp vasp;
  private static WebFixture.Caller analyst;

  @BeforeAll
  static void start() {
    web = new WebFixture(CLOCK);
    vasp = VaspFixture.licensed(web, "Monitored Exchange Ltd");
    analyst = web.signedIn(Role.ANALYST);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  static String transfer(String id, String usd, boolean complete) {
    String originator =
        complete
            ? "{\"type\":\"natural\",\"names\":[{\"primary\":\"Khan\",\"secondary\":\"Amina\"}],"
                + "\"address\":{\"town\":\"Lahore\",\"country\":\"PK\"},\"account\":\"acct-"
                + id
                + "\"}"
            : "{\"names\":[{\"primary\":\"Khan\",\"secondary\":\"Amina\"}]}";
    return "{\"transfer_id\":\""
        + id
        + "\",\"asset\":\"BTC\",\"amount\":\"150000\",\"value_usd\":\""
        + usd
        + "\",\"time\":\"2026-03-02T10:00:00Z\",\"direction\":\"out\",\"beneficiary_vasp\":\"Monitored Exchange Ltd\","
        + "\"originator\":"
        + originator
        + ",\"beneficiary\":{\"type\":\"natural\",\"names\":[{\"primary\":\"Farooq\",\"secondary\":\"Omar\"}],\"account\":\"bc1qomar\"}}";
  }

  private static HttpResponse<String> report(String type, String body) {
    return vasp.reporter().send("POST", "/api/v1/vasps/" + vasp.id() + "/transfers", type, body);
  }

  private static long count(String table) {
    return web.services()
        .tx()
        .read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  @Test
  void transfers_shouldBeStoredOnceWhateverTheFormat() {
    HttpResponse<String> first =
        report(
            "application/json",
            "[" + transfer("a1", "250.00", true) + "," + transfer("a2", "80.10", true) + "]");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(json(first).get("stored").asInt()).isEqualTo(2);
    HttpResponse<String> again =
        report("application/x-ndjson", transfer("a1", "250.00", true) + "\n");
    assertThat(json(again).get("duplicates").asInt()).isEqualTo(1);
    HttpResponse<String> csv =
        report(
            "text/csv",
            "transfer_id,asset,amount,value_usd,time,direction,originator.names.0.primary,originator.names.0.secondary,originator.account,originator.address.country,beneficiary.names.0.primary,beneficiary.account\n"
                + "c1,BTC,5000,120.00,2026-03-02T11:00:00Z,out,Khan,Amina,acct-c1,PK,Ali,bc1qali\n");
    assertThat(json(csv).get("stored").asInt()).as(csv.body()).isEqualTo(1);
  }

  @Test
  void badTransfers_shouldNameTheLineAndFieldAndStoreNothing() {
    long before = count("transfers");
    record Case(String type, String body, String field, String says) {}
    for (Case c :
        List.of(
            new Case(
                "application/json",
                "[" + transfer("b1", "10.00", true) + "," + transfer("b2", "ten", true) + "]",
                "line:2",
                "value_usd"),
            new Case(
                "application/x-ndjson",
                transfer("b3", "1.00", true)
                    + "\n"
                    + transfer("b4", "1.00", true).replace("\"out\"", "\"sideways\"")
                    + "\n",
                "line:2",
                "direction"),
            new Case(
                "application/json",
                transfer("b5", "1.00", true).replace("\"primary\":\"Khan\",", ""),
                "line:1",
                "originator.names[0].primary"),
            new Case(
                "text/csv",
                "transfer_id,asset,amount,value_usd,time,direction\nx1,BTC,-5,1.00,2026-03-02T11:00:00Z,in\n",
                "line:2",
                "amount"))) {
      HttpResponse<String> r = report(c.type(), c.body());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(json(r).get("field").asText()).isEqualTo(c.field());
      assertThat(json(r).get("detail").asText()).contains(c.says());
    }
    assertThat(count("transfers")).isEqualTo(before);
  }

  @Test
  void missingTravelRuleData_shouldOpenACaseThatASecondPersonCloses() throws Exception {
    HttpResponse<String> r = report("application/json", transfer("tr-1", "1500.00", false));
    JsonNode result = json(r);
    assertThat(result.get("cases")).hasSize(1);
    long id = result.get("cases").get(0).asLong();
    JsonNode kase = json(analyst.get("/api/v1/supervision/cases/" + id));
    assertThat(kase.get("priority").asText()).isEqualTo("medium");
    JsonNode alert = kase.get("alerts").get(0);
    assertThat(alert.get("typology").asText()).isEqualTo("T2-TRAVEL-RULE");
    assertThat(alert.at("/facts/rules/0/rule").asText()).isEqualTo("R08-TRAVEL-RULE");
    assertThat(alert.at("/facts/rules/0/facts/missing").asText()).contains("originator.account");

    String base = "/api/v1/supervision/cases/" + id;
    assertThat(
            json(analyst.json("POST", base + "/assign", "{\"assignee\":\"analyst-1\"}"))
                .get("assignee")
                .asText())
        .isEqualTo("analyst-1");
    analyst.json(
        "POST", base + "/comment", "{\"text\":\"Asked the VASP for the originator's account\"}");
    HttpResponse<String> evidence =
        analyst.sendBytes(
            "POST",
            base + "/evidence?name=vasp-reply.pdf",
            "application/pdf",
            "%PDF-1.4 reply".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(200);
    assertThat(
            analyst
                .sendBytes("POST", base + "/evidence?name=empty.txt", "text/plain", new byte[0])
                .statusCode())
        .isEqualTo(422);
    HttpResponse<String> badDisposition =
        analyst.json("POST", base + "/close", "{\"disposition\":\"whatever\",\"text\":\"x\"}");
    assertThat(json(badDisposition).get("field").asText()).isEqualTo("disposition");
    analyst.json(
        "POST",
        base + "/close",
        "{\"disposition\":\"NO_ACTION\",\"text\":\"VASP supplied the data\"}");
    HttpResponse<String> self = analyst.json("POST", base + "/confirm-close", "{\"text\":\"ok\"}");
    assertThat(self.statusCode()).isEqualTo(403);
    JsonNode closed =
        json(
            web.signedIn(Role.SUPERVISOR)
                .json("POST", base + "/confirm-close", "{\"text\":\"agreed\"}"));
    assertThat(closed.get("state").asText()).isEqualTo("closed");
    assertThat(json(analyst.get(base)).get("events").findValuesAsText("fileName"))
        .contains("vasp-reply.pdf");
    assertThat(analyst.json("POST", base + "/comment", "{\"text\":\"late\"}").statusCode())
        .isEqualTo(409);

    String xml = analyst.get(base + "/goaml.xml").body();
    assertThat(xml)
        .contains("<report_code>STR</report_code>")
        .contains("<transactionnumber>tr-1</transactionnumber>");
    var schema =
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(getClass().getResource("/aml/goaml-str.xsd"));
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  @Test
  void structuring_shouldAlertAndCasesShouldShowTheirSlaRunningOut() {
    for (int i = 0; i < 3; i++) {
      report(
          "application/json",
          transfer("st-" + i, "9" + (5 + i) + "00.00", true)
              .replace("acct-st-" + i, "acct-smurf")
              .replace("10:00:00Z", "1" + i + ":00:00Z"));
    }
    JsonNode cases = json(analyst.get("/api/v1/supervision/cases?open=true")).get("cases");
    assertThat(cases.findValuesAsText("title")).anyMatch(t -> t.startsWith("Structuring"));
    assertThat(cases.findValuesAsText("overdue")).doesNotContain("true");
    CLOCK.advance(Duration.ofDays(8));
    analyst = web.signedIn(Role.ANALYST);
    JsonNode later = json(analyst.get("/api/v1/supervision/cases?open=true")).get("cases");
    assertThat(later.findValuesAsText("overdue")).contains("true");
    assertThat(analyst.get("/supervision/cases").body()).contains("overdue");
  }

  @Test
  @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
  void ruleChanges_shouldNeedASecondSupervisorAndTakeEffectAtOnce() throws Exception {
    String defaults;
    try (var in = getClass().getResourceAsStream("/aml/rules-default.json")) {
      defaults = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    WebFixture.Caller maker = web.signedIn(Role.SUPERVISOR);
    WebFixture.Caller checker = web.signedIn(Role.SUPERVISOR);
    HttpResponse<String> broken =
        maker.send(
            "POST",
            "/api/v1/supervision/rules",
            "application/json",
            defaults.replace("\"usd\": \"10000\"", "\"usd\": \"lots\""));
    assertThat(broken.statusCode()).isEqualTo(422);
    assertThat(json(broken).get("detail").asText()).contains("R01-THRESHOLD").contains("usd");
    String lower =
        defaults
            .replace("\"usd\": \"10000\"", "\"usd\": \"100\"")
            .replace("\"alert_at\": 80}", "\"alert_at\": 40}");
    HttpResponse<String> proposed =
        maker.send("POST", "/api/v1/supervision/rules", "application/json", lower);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    String version = json(proposed).get("version").asText();
    assertThat(report("application/json", transfer("before-rules", "150.00", true)).body())
        .contains("\"cases\":[]");
    assertThat(
            maker
                .json("POST", "/api/v1/supervision/rules/approve?version=" + version, null)
                .statusCode())
        .isEqualTo(403);
    JsonNode active =
        json(checker.json("POST", "/api/v1/supervision/rules/approve?version=" + version, null));
    assertThat(active.get("state").asText()).isEqualTo("active");
    assertThat(json(analyst.get("/api/v1/supervision/rules")).get("active").asText())
        .isEqualTo(version);
    JsonNode after = json(report("application/json", transfer("after-rules", "150.00", true)));
    assertThat(after.get("cases")).hasSize(1);
  }
}
