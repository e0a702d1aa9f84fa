package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;

/**
 * The licensing register: applications with checked fields, the license lifecycle with every
 * transition proposed by one supervisor and approved by another, and the public register.
 */
class RegisterTest {
  private static WebFixture web;
  private static WebFixture.Caller maker;
  private static WebFixture.Caller checker;
  private static WebFixture.Caller analyst;

  @BeforeAll
  static void start() {
    web = new WebFixture();
    maker = web.signedIn(Role.SUPERVISOR);
    checker = web.signedIn(Role.SUPERVISOR);
    analyst = web.signedIn(Role.ANALYST);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private static String application(String name, String lei, String category) {
    return "{\"legal_name\":\""
        + name
        + "\",\"registration_number\":\"SECP-0099\",\"lei\":"
        + (lei == null ? "null" : "\"" + lei + "\"")
        + ",\"category\":\""
        + category
        + "\",\"services\":[\"Spot exchange\",\"Custody\"],\"website\":\"https://example.pk\","
        + "\"contact_email\":\"compliance@example.pk\"}";
  }

  private static long apply(String name) throws Exception {
    HttpResponse<String> r =
        maker.json("POST", "/api/v1/supervision/vasps", application(name, null, "exchange"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r).get("id").asLong();
  }

  private static JsonNode move(long vasp, String to, String conditions) throws Exception {
    HttpResponse<String> proposed =
        maker.json(
            "POST",
            "/api/v1/supervision/vasps/" + vasp + "/transitions",
            "{\"to\":\""
                + to
                + "\",\"reason\":\"Review of file complete\",\"conditions\":"
                + (conditions == null ? "null" : "\"" + conditions + "\"")
                + "}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    long id = json(proposed).get("id").asLong();
    HttpResponse<String> approved =
        checker.json("POST", "/api/v1/supervision/transitions/" + id + "/approve", "{}");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    return json(approved);
  }

  @Test
  void application_shouldNameTheBadFieldAndStoreNothing() throws Exception {
    int before = json(maker.get("/api/v1/supervision/vasps")).get("vasps").size();
    record Case(String body, String field) {}
    for (Case c :
        List.of(
            new Case(application("Bad LEI Ltd", "5493001KJTIIGC8Y1R13", "exchange"), "lei"),
            new Case(application("Short LEI Ltd", "5493001KJT", "exchange"), "lei"),
            new Case(application("Odd Category Ltd", null, "casino"), "category"),
            new Case(application(" ", null, "exchange"), "legal_name"),
            new Case(
                "{\"legal_name\":\"No Services Ltd\",\"registration_number\":\"R1\",\"category\":\"broker\",\"services\":[]}",
                "services"))) {
      HttpResponse<String> r = maker.json("POST", "/api/v1/supervision/vasps", c.body());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(json(r).get("field").asText()).isEqualTo(c.field());
    }
    assertThat(json(maker.get("/api/v1/supervision/vasps")).get("vasps")).hasSize(before);
    assertThat(
            maker
                .json(
                    "POST",
                    "/api/v1/supervision/vasps",
                    application("Valid LEI Ltd", "5493001KJTIIGC8Y1R12", "custodial-wallet"))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void lifecycle_shouldNeedASecondSupervisorForEveryTransition() throws Exception {
    long vasp = apply("Lifecycle Exchange Ltd");
    String base = "/api/v1/supervision/vasps/" + vasp + "/transitions";

    HttpResponse<String> skip =
        maker.json("POST", base, "{\"to\":\"licensed\",\"reason\":\"fast track\"}");
    assertThat(skip.statusCode()).isEqualTo(422);
    assertThat(json(skip).get("detail").asText()).contains("under-review");
    assertThat(maker.json("POST", base, "{\"to\":\"under-review\",\"reason\":\" \"}").statusCode())
        .isEqualTo(422);
    assertThat(
            analyst.json("POST", base, "{\"to\":\"under-review\",\"reason\":\"x\"}").statusCode())
        .isEqualTo(403);

    long id =
        json(maker.json("POST", base, "{\"to\":\"under-review\",\"reason\":\"File complete\"}"))
            .get("id")
            .asLong();
    assertThat(
            maker.json("POST", base, "{\"to\":\"withdrawn\",\"reason\":\"second\"}").statusCode())
        .as("one pending transition at a time")
        .isEqualTo(409);
    HttpResponse<String> self =
        maker.json("POST", "/api/v1/supervision/transitions/" + id + "/approve", "{}");
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(json(self).get("code").asText()).isEqualTo("four-eyes");
    assertThat(json(maker.get("/api/v1/supervision/vasps/" + vasp)).get("status").asText())
        .isEqualTo("applied");
    assertThat(
            checker
                .json(
                    "POST", "/api/v1/supervision/transitions/" + id + "/reject", "{\"note\":\"\"}")
                .statusCode())
        .as("a rejection needs a note")
        .isEqualTo(422);
    checker.json("POST", "/api/v1/supervision/transitions/" + id + "/approve", "{}");
    assertThat(
            checker
                .json("POST", "/api/v1/supervision/transitions/" + id + "/approve", "{}")
                .statusCode())
        .isEqualTo(409);

    move(vasp, "licensed", "Segregate customer assets; monthly liability reports");
    JsonNode licensed = json(maker.get("/api/v1/supervision/vasps/" + vasp));
    assertThat(licensed.get("status").asText()).isEqualTo("licensed");
    assertThat(licensed.get("licensed_on").isNull()).isFalse();
    assertThat(licensed.get("conditions").asText()).contains("Segregate");
    move(vasp, "suspended", null);
    move(vasp, "licensed", null);
    move(vasp, "revoked", null);
    JsonNode revoked = json(maker.get("/api/v1/supervision/vasps/" + vasp));
    assertThat(revoked.get("status").asText()).isEqualTo("revoked");
    assertThat(revoked.get("transitions")).hasSize(5);
    assertThat(maker.json("POST", base, "{\"to\":\"licensed\",\"reason\":\"again\"}").statusCode())
        .as("revoked is final")
        .isEqualTo(422);

    List<String> actions =
        web.services()
            .tx()
            .read(
                h ->
                    h.createQuery("SELECT action FROM audit_log WHERE object = :o ORDER BY seq")
                        .bind("o", "vasp:" + vasp)
                        .mapTo(String.class)
                        .list());
    assertThat(actions)
        .startsWith("license.applied", "license.transition-proposed", "license.transition-approved")
        .hasSize(11);
  }

  @Test
  void publicRegister_shouldListOnlyLicensedVaspsWithWhatRegistersPublish() throws Exception {
    long applicant = apply("Applicant Only Ltd");
    long licensed = apply("Published Exchange, Ltd");
    move(licensed, "under-review", null);
    move(licensed, "licensed", null);

    JsonNode register = json(web.anonymous().get("/api/v1/public/register")).get("vasps");
    List<String> names = register.findValuesAsText("legal_name");
    assertThat(names).contains("Published Exchange, Ltd").doesNotContain("Applicant Only Ltd");
    JsonNode entry = register.get(names.indexOf("Published Exchange, Ltd"));
    assertThat(entry.get("category").asText()).isEqualTo("exchange");
    assertThat(entry.get("status").asText()).isEqualTo("licensed");
    assertThat(entry.get("services").toString()).contains("Spot exchange");
    assertThat(entry.has("conditions")).isFalse();

    HttpResponse<String> csv = web.anonymous().get("/api/v1/public/register.csv");
    assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("legal_name,registration_number,lei,category,services,status")
        .contains(
            "\"Published Exchange, Ltd\",SECP-0099,,exchange,Spot exchange; Custody,licensed");
    assertThat(web.anonymous().get("/transparency/register").body())
        .contains("Published Exchange, Ltd")
        .doesNotContain("Applicant Only Ltd");
    assertThat(applicant).isPositive();
  }
}
