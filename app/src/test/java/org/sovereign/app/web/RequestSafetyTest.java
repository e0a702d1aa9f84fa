package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.json.Json;

/**
 * CSRF protection, problem+json answers for bad input, and the promise that a failed request writes
 * nothing (no row, no audit entry).
 */
class RequestSafetyTest {
  private static WebFixture web;
  private static WebFixture.Caller admin;

  @BeforeAll
  static void start() {
    web = new WebFixture();
    admin = web.signedIn(Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static long auditHead() {
    return web.services().tx().read(AuditLog::head).seq();
  }

  private static int organisations() {
    return web.services().organisations().all().size();
  }

  private static JsonNode problem(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode body = Json.mapper().readTree(response.body());
    assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(body.get("type").asText())
        .isEqualTo("urn:sovereign:problem:" + body.get("code").asText());
    return body;
  }

  @Test
  void sessionWrite_withoutCsrfToken_shouldBeRefusedAndWriteNothing() throws Exception {
    long before = auditHead();
    HttpResponse<String> missing =
        admin.json(
            "POST",
            "/api/v1/organisations",
            "{\"kind\":\"vasp\",\"name\":\"No Token Ltd\"}",
            false);
    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(problem(missing).get("code").asText()).isEqualTo("csrf-token-invalid");
    HttpResponse<String> formWithout =
        admin.form("/admin/organisations", Map.of("kind", "vasp", "name", "No Token Form Ltd"));
    assertThat(formWithout.statusCode()).isEqualTo(403);
    HttpResponse<String> formWrong =
        admin.form(
            "/admin/organisations",
            Map.of("kind", "vasp", "name", "Wrong Token Ltd", "_csrf", "forged"));
    assertThat(formWrong.statusCode()).isEqualTo(403);
    assertThat(auditHead()).isEqualTo(before);
    assertThat(web.services().organisations().all()).noneMatch(o -> o.name().contains("Token"));

    HttpResponse<String> ok =
        admin.json(
            "POST", "/api/v1/organisations", "{\"kind\":\"vasp\",\"name\":\"With Token Ltd\"}");
    assertThat(ok.statusCode()).isEqualTo(201);
  }

  @Test
  void signIn_withoutTheFormNonce_shouldBeRefused() {
    web.user(Role.ANALYST);
    HttpResponse<String> response =
        web.anonymous()
            .form("/login", Map.of("username", "user1", "password", WebFixture.PASSWORD));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Set-Cookie").orElse(""))
        .doesNotContain("sovereign_session");
  }

  @Test
  void malformedJson_shouldAnswerAProblemNamingTheLine() throws Exception {
    long before = auditHead();
    HttpResponse<String> response =
        admin.json("POST", "/api/v1/organisations", "{\"kind\": \"vasp\",\n \"name\": }");
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = problem(response);
    assertThat(body.get("code").asText()).isEqualTo("malformed-json");
    assertThat(body.get("detail").asText()).contains("line 2");
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void badFields_shouldAnswerProblemsNamingTheField() throws Exception {
    int orgsBefore = organisations();
    long before = auditHead();
    assertField(
        admin.json("POST", "/api/v1/organisations", "{\"kind\":\"bank\",\"name\":\"X\"}"), "kind");
    assertField(
        admin.json("POST", "/api/v1/organisations", "{\"kind\":\"vasp\",\"name\":\"  \"}"), "name");
    assertField(
        admin.json(
            "POST",
            "/api/v1/organisations",
            "{\"kind\":\"vasp\",\"name\":\"X\",\"colour\":\"red\"}"),
        "colour");
    assertField(
        admin.json(
            "POST",
            "/api/v1/users",
            "{\"username\":\"ok.name\",\"display_name\":\"Ok\",\"roles\":[\"pope\"]}"),
        "roles");
    assertField(
        admin.json(
            "POST",
            "/api/v1/users",
            "{\"username\":\"ok.name\",\"display_name\":\"Ok\",\"roles\":\"admin\"}"),
        "roles");
    assertField(
        admin.json(
            "POST",
            "/api/v1/tokens",
            "{\"client_kind\":\"vasp-reporter\",\"organisation\":\"abc\",\"name\":\"t\"}"),
        "organisation");
    assertThat(organisations()).isEqualTo(orgsBefore);
    assertThat(auditHead()).isEqualTo(before);
  }

  private static void assertField(HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    JsonNode body = problem(response);
    assertThat(body.get("code").asText()).isEqualTo("invalid-field");
    assertThat(body.get("field").asText()).isEqualTo(field);
  }

  @Test
  void failedWrite_afterValidation_shouldLeaveNoTrace() throws Exception {
    assertThat(
            admin
                .json("POST", "/api/v1/organisations", "{\"kind\":\"vasp\",\"name\":\"Twin Ltd\"}")
                .statusCode())
        .isEqualTo(201);
    int orgsBefore = organisations();
    long before = auditHead();
    HttpResponse<String> duplicate =
        admin.json("POST", "/api/v1/organisations", "{\"kind\":\"vasp\",\"name\":\"twin ltd\"}");
    assertThat(duplicate.statusCode()).isEqualTo(409);
    assertThat(problem(duplicate).get("code").asText()).isEqualTo("organisation-exists");
    assertThat(organisations()).isEqualTo(orgsBefore);
    assertThat(auditHead()).isEqualTo(before);
  }

  @Test
  void wrongContentTypeAndUnknownRoutes_shouldBeProblems() throws Exception {
    HttpResponse<String> form = admin.formWithCsrf("/api/v1/organisations", Map.of("kind", "vasp"));
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(problem(form).get("code").asText()).isEqualTo("unsupported-media-type");
    HttpResponse<String> unknown = admin.get("/api/v1/nothing-here");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(problem(unknown).get("code").asText()).isEqualTo("not-found");
    HttpResponse<String> badId = admin.get("/api/v1/organisations/abc");
    assertThat(problem(badId).get("field").asText()).isEqualTo("id");
  }

  @Test
  void responses_shouldCarrySecurityHeaders() {
    HttpResponse<String> page = web.anonymous().get("/transparency");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    HttpResponse<String> login = web.anonymous().get("/login");
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
  }
}
