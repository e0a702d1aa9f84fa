package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Organisation;
import org.sovereign.platform.accounts.OrganisationKind;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;

/** An organisation-scoped token never reads or writes another organisation's data. */
class IsolationTest {
  private static WebFixture web;
  private static Organisation alpha;
  private static Organisation beta;
  private static Organisation site;
  private static WebFixture.Caller alphaReporter;
  private static WebFixture.Caller siteOperator;
  private static String alphaSecret;

  @BeforeAll
  static void start() {
    web = new WebFixture();
    alpha =
        web.services()
            .organisations()
            .create(Actor.SYSTEM, OrganisationKind.VASP, "Alpha Exchange");
    beta =
        web.services().organisations().create(Actor.SYSTEM, OrganisationKind.VASP, "Beta Exchange");
    site =
        web.services()
            .organisations()
            .create(Actor.SYSTEM, OrganisationKind.POWER_SITE, "Gamma Mine");
    alphaSecret =
        web.services()
            .tokens()
            .issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, alpha.id(), "alpha")
            .secret();
    alphaReporter = web.bearer(alphaSecret);
    siteOperator =
        web.bearer(
            web.services()
                .tokens()
                .issue(Actor.SYSTEM, ClientKind.SITE_OPERATOR, site.id(), "gamma")
                .secret());
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void reporter_shouldReadAndWriteItsOwnOrganisation() {
    assertThat(alphaReporter.get("/api/v1/organisations/" + alpha.id()).body())
        .contains("Alpha Exchange");
    HttpResponse<String> put =
        alphaReporter.json(
            "PUT",
            "/api/v1/organisations/" + alpha.id() + "/contact",
            "{\"name\":\"Desk\",\"email\":\"desk@alpha.example\",\"phone\":null}");
    assertThat(put.statusCode()).isEqualTo(200);
    assertThat(web.services().organisations().byId(alpha.id()).orElseThrow().contact().email())
        .isEqualTo("desk@alpha.example");
  }

  @Test
  void reporter_shouldNotSeeOrChangeAnotherOrganisation() {
    long auditBefore = web.services().tx().read(AuditLog::head).seq();
    HttpResponse<String> read = alphaReporter.get("/api/v1/organisations/" + beta.id());
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).doesNotContain("Beta Exchange");
    HttpResponse<String> write =
        alphaReporter.json(
            "PUT",
            "/api/v1/organisations/" + beta.id() + "/contact",
            "{\"name\":\"Mallory\",\"email\":\"m@evil.example\"}");
    assertThat(write.statusCode()).isEqualTo(404);
    assertThat(web.services().organisations().byId(beta.id()).orElseThrow().contact().email())
        .isNull();
    assertThat(web.services().tx().read(AuditLog::head).seq()).isEqualTo(auditBefore);
  }

  @Test
  void reporter_shouldListOnlyItsOwnOrganisation() {
    String body = alphaReporter.get("/api/v1/organisations").body();
    assertThat(body)
        .contains("Alpha Exchange")
        .doesNotContain("Beta Exchange")
        .doesNotContain("Gamma Mine");
  }

  @Test
  void siteOperator_shouldNotReachAVasp() {
    assertThat(siteOperator.get("/api/v1/organisations/" + alpha.id()).statusCode()).isEqualTo(404);
    assertThat(siteOperator.get("/api/v1/organisations/" + site.id()).statusCode()).isEqualTo(200);
  }

  @Test
  void tokens_shouldNotReachUserPagesOrAdminApis() {
    assertThat(alphaReporter.get("/api/v1/users").statusCode()).isEqualTo(403);
    assertThat(
            alphaReporter
                .json("POST", "/api/v1/organisations", "{\"kind\":\"vasp\",\"name\":\"Sneaky\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(alphaReporter.get("/reserve").statusCode()).isIn(303, 403);
  }

  @Test
  void revokedToken_shouldBeRefused() {
    var issued =
        web.services().tokens().issue(Actor.SYSTEM, ClientKind.VASP_REPORTER, beta.id(), "temp");
    WebFixture.Caller caller = web.bearer(issued.secret());
    assertThat(caller.get("/api/v1/me").statusCode()).isEqualTo(200);
    web.services().tokens().revoke(Actor.SYSTEM, issued.token().id());
    assertThat(caller.get("/api/v1/me").statusCode()).isEqualTo(401);
  }
}
