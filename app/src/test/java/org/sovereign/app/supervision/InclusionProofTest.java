package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.app.Main;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.solvency.ProofVerifier;
import org.sovereign.supervision.solvency.Verification;
import picocli.CommandLine;

/**
 * Customers' inclusion proofs from a stored snapshot: one customer's, everyone's as NDJSON, each
 * verified against the published root by the Java verifier and the CLI; tampering is caught.
 */
class InclusionProofTest {
  private static WebFixture web;
  private static VaspFixture.Vasp vasp;
  private static JsonNode snapshot;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    web = new WebFixture();
    vasp = VaspFixture.licensed(web, "Proof Exchange Ltd");
    StringBuilder file = new StringBuilder("customer_id,BTC,USDT\n");
    for (int i = 0; i < 1_500; i++) {
      file.append("cust-")
          .append(i)
          .append(',')
          .append(i * 1_000L)
          .append(',')
          .append(i)
          .append('\n');
    }
    file.append("\"Zoë, Karachi\",42,7\n");
    HttpResponse<String> r =
        vasp.reporter()
            .send(
                "POST",
                "/api/v1/vasps/"
                    + vasp.id()
                    + "/snapshots?cutoff="
                    + Instant.now().truncatedTo(ChronoUnit.HOURS),
                "text/csv",
                file.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    snapshot = json(r);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static String proof(WebFixture.Caller caller, String customer) {
    return caller
        .get(
            "/api/v1/snapshots/"
                + snapshot.get("id").asLong()
                + "/proof?customer="
                + URLEncoder.encode(customer, StandardCharsets.UTF_8))
        .body();
  }

  @Test
  void snapshot_shouldPublishARootOverAPaddedTree() {
    assertThat(snapshot.get("root_hash").asText()).matches("[0-9a-f]{64}");
    assertThat(snapshot.get("leaf_count").asLong()).isEqualTo(2_048);
    assertThat(snapshot.get("depth").asInt()).isEqualTo(11);
  }

  @Test
  void customerProof_shouldVerifyAgainstThePublishedRootAndNothingElse() {
    String root = snapshot.get("root_hash").asText();
    String proof = proof(vasp.reporter(), "Zoë, Karachi");
    Verification ok = ProofVerifier.verify(proof, root);
    assertThat(ok).isInstanceOf(Verification.Valid.class);
    Verification.Valid valid = (Verification.Valid) ok;
    assertThat(valid.customerId()).isEqualTo("Zoë, Karachi");
    assertThat(valid.balances().get(0)).isEqualTo(42);
    assertThat(valid.rootSums().get(0))
        .isEqualTo(Long.parseLong(snapshot.at("/totals/BTC").asText()));
    assertThat(valid.assets()).containsExactly("BTC", "USDT");
    assertThat(proof.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_500);

    String otherRoot = root.substring(0, 63) + (root.endsWith("0") ? "1" : "0");
    assertThat(ProofVerifier.verify(proof, otherRoot).valid()).isFalse();
    assertThat(proof(web.signedIn(Role.SUPERVISOR), "cust-7"))
        .isEqualTo(proof(vasp.reporter(), "cust-7"));
    HttpResponse<String> unknown =
        vasp.reporter()
            .get("/api/v1/snapshots/" + snapshot.get("id").asLong() + "/proof?customer=nobody");
    assertThat(unknown.statusCode()).isEqualTo(422);
    VaspFixture.Vasp stranger = VaspFixture.registered(web, "Stranger Exchange Ltd");
    assertThat(
            stranger
                .reporter()
                .get("/api/v1/snapshots/" + snapshot.get("id").asLong() + "/proof?customer=cust-1")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void everyProof_shouldBeStreamedAndValid() throws Exception {
    String root = snapshot.get("root_hash").asText();
    String body =
        vasp.reporter()
            .get("/api/v1/snapshots/" + snapshot.get("id").asLong() + "/proofs.ndjson")
            .body();
    String[] lines = body.split("\n");
    assertThat(lines).hasSize(1_501);
    for (String line : lines) {
      JsonNode node = Json.mapper().readTree(line);
      Verification v = ProofVerifier.verify(node.get("proof").toString(), root);
      assertThat(v.valid()).as(line).isTrue();
      assertThat(((Verification.Valid) v).customerId()).isEqualTo(node.get("customer_id").asText());
    }
  }

  @Test
  void cli_shouldVerifyAProofFileAndRejectATamperedOne() throws Exception {
    String root = snapshot.get("root_hash").asText();
    Path good = dir.resolve("proof.json");
    Files.writeString(good, proof(vasp.reporter(), "cust-1499"));
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute("solvency", "verify-proof", good.toString(), root)).isZero();
    assertThat(out.toString()).contains("VALID").contains("cust-1499").contains("BTC: 1499000");

    JsonNode envelope = Json.mapper().readTree(Files.readString(good));
    byte[] bytes = java.util.Base64.getDecoder().decode(envelope.get("proof").asText());
    bytes[bytes.length - 50] ^= 0x04;
    Path bad = dir.resolve("tampered.json");
    Files.writeString(
        bad,
        "{\"format\":\"sovereign-solvency-proof/1\",\"assets\":[\"BTC\",\"USDT\"],\"proof\":\""
            + java.util.Base64.getEncoder().encodeToString(bytes)
            + "\"}");
    StringWriter badOut = new StringWriter();
    CommandLine again = Main.commandLine();
    again.setOut(new PrintWriter(badOut));
    assertThat(again.execute("solvency", "verify-proof", bad.toString(), root)).isEqualTo(1);
    assertThat(badOut.toString()).startsWith("INVALID");
  }
}
