package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.app.DemoData;
import org.sovereign.app.Main;
import org.sovereign.app.chain.ChainSettings;
import org.sovereign.app.web.WebFixture;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.proof.ProofVerifier;
import org.sovereign.reserve.proof.ReserveProof;
import picocli.CommandLine;

/**
 * The custodians' workflow as the demo runs it (docs/demo-walkthrough.md): the demo's two 2-of-3
 * vaults on the simulator, the receipts classified with maker-checker, a move proposed from the
 * console form, approved, signed by two custodians with {@code sovereign demo-sign} (outside the
 * server), finalized, broadcast and mined; then a proof of reserves signed, published and verified
 * against the chain.
 */
class DemoWorkflowTest {
  private static WebFixture web;
  private static WebFixture.Caller officer;
  private static WebFixture.Caller approver;
  private static WebFixture.Caller secondApprover;
  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              runtime.startChain(
                  ChainSettings.from(ConfigSource.of(Map.of(), Map.of()), ChainSettings.DEMO));
              DemoData.seed(runtime.services(), runtime.vaults());
              runtime.chainFollower().syncOnce();
            });
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approver = web.signedIn(Role.RESERVE_APPROVER);
    secondApprover = web.signedIn(Role.RESERVE_APPROVER);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
    return Json.mapper().readTree(r.body());
  }

  /** Runs {@code sovereign demo-sign} as a custodian would on their own machine. */
  private static Path demoSign(int custodian, Path psbt) {
    Path out = dir.resolve(psbt.getFileName() + "-" + custodian);
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "demo-sign",
            "--custodian",
            Integer.toString(custodian),
            psbt.toString(),
            "--out",
            out.toString());
    assertThat(exit).as(err.toString()).isZero();
    assertThat(err.toString()).contains("signed");
    return out;
  }

  private static byte[] signedByTwo(byte[] psbt, String name, int first, int second)
      throws Exception {
    Path unsigned = dir.resolve(name);
    Files.write(unsigned, psbt);
    return Files.readAllBytes(demoSign(second, demoSign(first, unsigned)));
  }

  private void classify(long lot, String body) throws Exception {
    JsonNode proposal =
        json(officer.json("POST", "/api/v1/reserve/lots/" + lot + "/classification", body));
    json(
        approver.json(
            "POST",
            "/api/v1/reserve/classifications/" + proposal.get("id").asLong() + "/approve",
            null));
  }

  @Test
  void demo_shouldRunTheCustodiansWorkflowEndToEnd() throws Exception {
    JsonNode vaults = json(officer.get("/api/v1/reserve/vaults")).get("vaults");
    assertThat(vaults).hasSize(2);
    long cold1 = vaults.get(0).get("id").asLong();
    long cold2 = vaults.get(1).get("id").asLong();
    assertThat(vaults.get(0).get("confirmed_sat").asLong()).isEqualTo(400_000_000L);

    JsonNode lots = json(officer.get("/api/v1/reserve/lots")).get("lots");
    assertThat(lots).hasSize(3);
    classify(
        lots.get(0).get("id").asLong(),
        "{\"classification\":\"purchase\",\"details\":{\"acquired_on\":\"2025-06-01\","
            + "\"counterparty\":\"Prime OTC Desk\",\"reference\":\"PO-2025-17\"},\"cost_usd\":\"262500.00\"}");
    classify(
        lots.get(1).get("id").asLong(),
        "{\"classification\":\"mining\",\"details\":{\"acquired_on\":\"2025-06-02\","
            + "\"site\":\"Port Qasim Mining Park\",\"payout\":\"pool\"}}");
    JsonNode classified = json(officer.get("/api/v1/reserve/lots")).get("lots");
    assertThat(classified.get(0).get("classification").asText()).isEqualTo("purchase");
    assertThat(classified.get(1).get("classification").asText()).isEqualTo("mining");

    String target =
        json(officer.get("/api/v1/reserve/vaults/" + cold2))
            .get("addresses")
            .get(0)
            .get("address")
            .asText();
    HttpResponse<String> form =
        officer.formWithCsrf(
            "/reserve/spends",
            Map.of(
                "vault", Long.toString(cold1),
                "address", target,
                "amount_btc", "1.5",
                "purpose", "Rebalance to Cold 2",
                "authority_reference", "Reserve Act 2025 s.12",
                "fee_rate", "4"));
    assertThat(form.statusCode()).as(form.body()).isEqualTo(303);
    String location = form.headers().firstValue("location").orElseThrow();
    String api = "/api/v1" + location;
    json(approver.json("POST", api + "/approve", null));
    JsonNode approved = json(secondApprover.json("POST", api + "/approve", null));
    assertThat(approved.get("state").asText()).isEqualTo("approved");

    byte[] signed = signedByTwo(officer.getBytes(api + "/psbt"), "spend.psbt", 0, 2);
    JsonNode ready =
        json(
            officer.send(
                "POST",
                api + "/signatures",
                "text/plain",
                Base64.getEncoder().encodeToString(signed)));
    assertThat(ready.get("state").asText()).as(ready.toString()).isEqualTo("ready");
    json(officer.send("POST", api + "/broadcast", "application/json", ""));
    web.runtime().demoNetwork().step();
    web.runtime().chainFollower().syncOnce();

    long fee = approved.get("fee_sat").asLong();
    assertThat(
            json(officer.get("/api/v1/reserve/vaults/" + cold2))
                .at("/holdings/confirmed_sat")
                .asLong())
        .isEqualTo(150_000_000L);
    assertThat(
            json(officer.get("/api/v1/reserve/vaults/" + cold1))
                .at("/holdings/confirmed_sat")
                .asLong())
        .isEqualTo(400_000_000L - 150_000_000L - fee);

    JsonNode attestation =
        json(
            officer.json(
                "POST",
                "/api/v1/reserve/attestations",
                "{\"message\":\"Demo attestation, challenge from the Auditor General\"}"));
    String att = "/api/v1/reserve/attestations/" + attestation.get("id").asLong();
    byte[] proofPsbt = officer.getBytes(att + "/psbt");
    byte[] proofSigned = signedByTwo(proofPsbt, "proof.psbt", 0, 1);
    JsonNode complete =
        json(
            officer.send(
                "POST",
                att + "/signatures",
                "text/plain",
                Base64.getEncoder().encodeToString(proofSigned)));
    assertThat(complete.get("state").asText()).as(complete.toString()).isEqualTo("complete");
    json(approver.send("POST", att + "/publish", "application/json", ""));

    ReserveProof proof =
        Json.mapper()
            .readValue(
                web.anonymous().get("/api/v1/transparency/reserve-proof").body(),
                ReserveProof.class);
    ProofVerifier.Result result =
        ProofVerifier.verify(proof, new RegtestSource(web.runtime().demoNetwork().chain()));
    assertThat(result.problems()).isEmpty();
    assertThat(result.totalSat()).isEqualTo(400_000_000L - fee);
  }
}
