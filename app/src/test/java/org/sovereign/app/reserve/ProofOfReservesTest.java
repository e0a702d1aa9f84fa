package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.app.Main;
import org.sovereign.app.chain.DemoCustodians;
import org.sovereign.app.web.WebFixture;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.proof.ProofUtxo;
import org.sovereign.reserve.proof.ProofVerifier;
import org.sovereign.reserve.proof.ReserveProof;
import picocli.CommandLine;

/**
 * A proof of reserves signed by the quorum, published, and verified by an outsider with only the
 * chain.
 */
class ProofOfReservesTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "proof-payer");
  private static WebFixture web;
  private static ReserveProof published;

  @BeforeAll
  static void start() throws Exception {
    PAYER.fund(3);
    DemoCustodians custodians = new DemoCustodians();
    PAYER.pay(custodians.receiveScript(0), 250_000_000L);
    CHAIN.mine(1, PAYER.script());
    PAYER.pay(custodians.receiveScript(1), 120_000_000L);
    PAYER.pay(custodians.receiveScript(2), 30_000_000L);
    CHAIN.mine(1, PAYER.script());
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              OnChain.follow(runtime, CHAIN);
              OnChain.vault(runtime, "Cold", custodians.descriptor(), 2, custodians.custodians());
              runtime.chainFollower().syncOnce();
            });
    WebFixture.Caller officer = web.signedIn(Role.RESERVE_OFFICER);
    HttpResponse<String> started =
        officer.json(
            "POST",
            "/api/v1/reserve/attestations",
            "{\"message\":\"Sovereign reserve attestation 2026-11-29, challenge 7f3a\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Json.mapper().readTree(started.body()).get("id").asLong();
    byte[] psbt = officer.getBytes("/api/v1/reserve/attestations/" + id + "/psbt");
    JsonNode after = null;
    for (int signer : List.of(0, 1)) {
      byte[] signed = new TestSigner("sovereign demo custodian " + signer).sign(psbt);
      after =
          Json.mapper()
              .readTree(
                  officer
                      .send(
                          "POST",
                          "/api/v1/reserve/attestations/" + id + "/signatures",
                          "text/plain",
                          Base64.getEncoder().encodeToString(signed))
                      .body());
    }
    assertThat(after.get("state").asText()).isEqualTo("complete");
    assertThat(
            officer
                .send(
                    "POST",
                    "/api/v1/reserve/attestations/" + id + "/publish",
                    "application/json",
                    "")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            web.signedIn(Role.RESERVE_APPROVER)
                .send(
                    "POST",
                    "/api/v1/reserve/attestations/" + id + "/publish",
                    "application/json",
                    "")
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> proof = web.anonymous().get("/api/v1/transparency/reserve-proof");
    assertThat(proof.statusCode()).isEqualTo(200);
    published = Json.mapper().readValue(proof.body(), ReserveProof.class);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void publishedProof_shouldVerifyAgainstTheChainAlone() {
    ProofVerifier.Result result = ProofVerifier.verify(published, new RegtestSource(CHAIN));
    assertThat(result.problems()).isEmpty();
    assertThat(result.totalSat()).isEqualTo(400_000_000L);
    assertThat(result.coins()).isEqualTo(3);
    assertThat(web.anonymous().get("/transparency/reserve").body()).contains("4.00000000 BTC");
  }

  @Test
  void tamperedProofs_shouldFailNamingWhatIsWrong() {
    RegtestSource chain = new RegtestSource(CHAIN);
    ReserveProof inflated =
        new ReserveProof(
            published.format(),
            published.network(),
            published.height(),
            published.block_hash(),
            published.message(),
            published.utxos(),
            published.total_sat() + 1,
            published.psbt());
    assertThat(ProofVerifier.verify(inflated, chain).problems())
        .anyMatch(p -> p.contains("add up"));

    List<ProofUtxo> fake = new ArrayList<>(published.utxos());
    ProofUtxo first = fake.getFirst();
    fake.set(
        0, new ProofUtxo(first.outpoint(), first.value_sat() * 10, first.script(), first.height()));
    long total = fake.stream().mapToLong(ProofUtxo::value_sat).sum();
    ReserveProof bigger =
        new ReserveProof(
            published.format(),
            published.network(),
            published.height(),
            published.block_hash(),
            published.message(),
            fake,
            total,
            published.psbt());
    assertThat(ProofVerifier.verify(bigger, chain).problems())
        .anyMatch(p -> p.contains("differs") || p.contains("not signed"));

    ReserveProof otherMessage =
        new ReserveProof(
            published.format(),
            published.network(),
            published.height(),
            published.block_hash(),
            "another challenge",
            published.utxos(),
            published.total_sat(),
            published.psbt());
    assertThat(ProofVerifier.verify(otherMessage, chain).problems())
        .anyMatch(p -> p.contains("commitment"));

    List<ProofUtxo> fewer = published.utxos().subList(1, published.utxos().size());
    ReserveProof missing =
        new ReserveProof(
            published.format(),
            published.network(),
            published.height(),
            published.block_hash(),
            published.message(),
            fewer,
            fewer.stream().mapToLong(ProofUtxo::value_sat).sum(),
            published.psbt());
    assertThat(ProofVerifier.verify(missing, chain).problems())
        .anyMatch(p -> p.contains("differ from the"));
  }

  @Test
  void cli_shouldVerifyTheProofFromBlockFiles(@TempDir Path dir) throws Exception {
    Path blocks = Files.createDirectories(dir.resolve("blocks"));
    org.sovereign.app.TestBlockFiles.write(CHAIN, blocks);
    Path file = dir.resolve("proof.json");
    Files.writeString(file, Json.mapper().writeValueAsString(published));
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit =
        cli.execute("reserve", "verify-proof", file.toString(), "--source", "blocks:" + blocks);
    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("VALID: 4.00000000 BTC in 3 coin(s)");
  }
}
