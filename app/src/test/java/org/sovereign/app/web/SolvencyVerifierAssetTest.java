package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The browser verifier lives in the supervision module's resources (web/assets) and is served by
 * the platform's /assets handler from the classpath, to anyone, like the other assets.
 */
class SolvencyVerifierAssetTest {

  @Test
  void solvencyVerifier_shouldBeServedToAnonymousVisitors() {
    try (WebFixture web = new WebFixture()) {
      HttpResponse<String> response = web.anonymous().get("/assets/solvency-verify.js");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("javascript");
      assertThat(response.body())
          .contains("function verifySolvencyProof(proofText, expectedRootHex)");
      assertThat(response.body()).doesNotContain("crypto.subtle.");
    }
  }
}
