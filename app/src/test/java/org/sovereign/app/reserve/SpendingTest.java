package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.chain.DemoCustodians;
import org.sovereign.app.web.WebFixture;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.json.Json;

/**
 * The custodians' workflow on the simulator: propose a move to another vault, policy refusals,
 * approvals by distinct approvers, PSBT built, signed by two custodians on "their devices",
 * checked, finalized, broadcast, balances updated.
 */
class SpendingTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "spend-payer");
  private static final List<TestSigner> SIGNERS =
      List.of(
          new TestSigner("sovereign demo custodian 0"),
          new TestSigner("sovereign demo custodian 1"),
          new TestSigner("sovereign demo custodian 2"));
  private static WebFixture web;
  private static WebFixture.Caller officer;
  private static WebFixture.Caller approverOne;
  private static WebFixture.Caller approverTwo;
  private static WebFixture.Caller officerApprover;
  private static long cold;
  private static long hot;
  private static String hotAddress;

  @BeforeAll
  static void start() throws Exception {
    PAYER.fund(3);
    DemoCustodians custodians = new DemoCustodians();
    PAYER.pay(custodians.receiveScript(0), 300_000_000L);
    PAYER.pay(custodians.receiveScript(1), 50_000_000L);
    CHAIN.mine(1, PAYER.script());
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              OnChain.follow(runtime, CHAIN);
              cold =
                  OnChain.vault(
                      runtime, "Cold", custodians.descriptor(), 2, custodians.custodians());
              String other = custodians.descriptor().replace("sortedmulti(2,", "sortedmulti(1,");
              hot = OnChain.vault(runtime, "Second vault", other, 1, custodians.custodians());
              hotAddress =
                  runtime.vaults().issueReceiveAddress(Actor.SYSTEM, hot, "from cold").address();
              runtime.vaults().issueReceiveAddress(Actor.SYSTEM, cold, "cold 0");
              runtime.chainFollower().syncOnce();
            });
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approverOne = web.signedIn(Role.RESERVE_APPROVER);
    approverTwo = web.signedIn(Role.RESERVE_APPROVER);
    officerApprover = web.signedIn(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private static String spend(String address, long sats, String authority) {
    return "{\"purpose\":\"Rebalance to second vault\",\"authority_reference\":\""
        + authority
        + "\",\"fee_rate\":5,\"destinations\":[{\"address\":\""
        + address
        + "\",\"amount_sat\":"
        + sats
        + "}]}";
  }

  private static void assertRule(HttpResponse<String> r, String rule) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
    assertThat(json(r).get("field").asText()).isEqualTo("rule:" + rule);
  }

  @Test
  void policy_shouldRefuseSalesMissingAuthorityAndOverLimitSpends() throws Exception {
    String outsider = "bcrt1qw508d6qejxtdg4y5r3zarvary0c5xw7kygt080";
    assertRule(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend(outsider, 100_000_000L, "Act 2025/7")),
        "DESTINATION_NOT_ALLOWED");
    assertRule(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend(hotAddress, 100_000_000L, " ")),
        "AUTHORITY_MISSING");
    assertRule(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend(hotAddress, 900_000_000L, "Act 2025/7")),
        "INSUFFICIENT_FUNDS");
    assertRule(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend("not-an-address", 1_000L, "Act 2025/7")),
        "DESTINATION_INVALID");
    WebFixture.Caller admin = web.signedIn(Role.ADMIN);
    assertThat(
            admin
                .json(
                    "PUT",
                    "/api/v1/reserve/vaults/" + hot + "/policy",
                    "{\"period_days\":30,\"limit_sat\":1000,\"min_approvals\":2}")
                .statusCode())
        .isEqualTo(200);
    String coldAddress =
        json(officer.get("/api/v1/reserve/vaults/" + cold))
            .get("addresses")
            .get(0)
            .get("address")
            .asText();
    assertRule(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + hot + "/spends",
            spend(coldAddress, 5_000L, "Act 2025/7")),
        "LIMIT_EXCEEDED");
    assertThat(
            approverOne
                .json(
                    "POST",
                    "/api/v1/reserve/vaults/" + cold + "/spends",
                    spend(hotAddress, 100_000_000L, "Act 2025/7"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void custodiansWorkflow_shouldMoveCoinsToAnotherVaultOnlyWithQuorumAndApprovals()
      throws Exception {
    HttpResponse<String> proposed =
        officerApprover.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend(hotAddress, 100_000_000L, "Reserve Act 2025 s.12"));
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    long id = json(proposed).get("id").asLong();
    String base = "/api/v1/reserve/spends/" + id;

    HttpResponse<String> self = officerApprover.json("POST", base + "/approve", null);
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(self.body()).contains("PROPOSER_CANNOT_APPROVE");
    assertThat(json(approverOne.json("POST", base + "/approve", null)).get("state").asText())
        .isEqualTo("proposed");
    assertRule(approverOne.json("POST", base + "/approve", null), "ALREADY_APPROVED");
    JsonNode approved = json(approverTwo.json("POST", base + "/approve", null));
    assertThat(approved.get("state").asText()).isEqualTo("approved");

    byte[] psbt = officer.getBytes(base + "/psbt");
    assertThat(psbt).startsWith(new byte[] {0x70, 0x73, 0x62, 0x74, (byte) 0xff});
    assertThat(officer.send("POST", base + "/broadcast", "application/json", "").statusCode())
        .isEqualTo(422);

    byte[] bySignerZero = SIGNERS.get(0).sign(psbt);
    JsonNode afterOne =
        json(
            officer.send(
                "POST",
                base + "/signatures",
                "text/plain",
                Base64.getEncoder().encodeToString(bySignerZero)));
    assertThat(afterOne.get("state").asText()).isEqualTo("signing");
    assertThat(afterOne.get("signers").toString()).contains(SIGNERS.get(0).fingerprint());
    assertThat(afterOne.get("missing").toString()).contains("1 of 2");

    byte[] tampered = bySignerZero.clone();
    tampered[tampered.length / 3] ^= 0x01;
    HttpResponse<String> bad =
        officer.send(
            "POST",
            base + "/signatures",
            "application/octet-stream",
            new String(Base64.getEncoder().encode(tampered)));
    assertThat(bad.statusCode()).isIn(409, 422);

    JsonNode ready =
        json(
            officer.send(
                "POST",
                base + "/signatures",
                "text/plain",
                Base64.getEncoder().encodeToString(SIGNERS.get(2).sign(psbt))));
    assertThat(ready.get("state").asText()).as(ready.toString()).isEqualTo("ready");
    assertThat(ready.get("signers").toString())
        .contains(SIGNERS.get(0).fingerprint())
        .contains(SIGNERS.get(2).fingerprint());

    JsonNode broadcast = json(officer.send("POST", base + "/broadcast", "application/json", ""));
    assertThat(broadcast.get("state").asText()).isEqualTo("broadcast");
    assertThat(CHAIN.mempool()).hasSize(1);
    CHAIN.mine(1, PAYER.script());
    web.runtime().chainFollower().syncOnce();

    JsonNode hotVault = json(officer.get("/api/v1/reserve/vaults/" + hot));
    assertThat(hotVault.get("holdings").get("confirmed_sat").asLong()).isEqualTo(100_000_000L);
    JsonNode lots = json(officer.get("/api/v1/reserve/lots")).get("lots");
    boolean transferSeen = false;
    for (JsonNode lot : lots) {
      if (lot.get("vault").asLong() == hot) {
        assertThat(lot.get("classification").asText()).isEqualTo("transfer");
        assertThat(lot.get("details").get("from_vault").asText()).isEqualTo("Cold");
        transferSeen = true;
      }
    }
    assertThat(transferSeen).isTrue();
    JsonNode coldVault = json(officer.get("/api/v1/reserve/vaults/" + cold));
    long fee = approved.get("fee_sat").asLong();
    assertThat(coldVault.get("holdings").get("confirmed_sat").asLong())
        .isEqualTo(350_000_000L - 100_000_000L - fee);
  }

  @Test
  void mutatedPsbts_shouldNeverMakeASpendReadyWithoutTheQuorumOrWithChangedOutputs()
      throws Exception {
    HttpResponse<String> proposed =
        officer.json(
            "POST",
            "/api/v1/reserve/vaults/" + cold + "/spends",
            spend(hotAddress, 20_000_000L, "Reserve Act 2025 s.12"));
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    long id = json(proposed).get("id").asLong();
    String base = "/api/v1/reserve/spends/" + id;
    approverOne.json("POST", base + "/approve", null);
    approverTwo.json("POST", base + "/approve", null);
    byte[] psbt = officer.getBytes(base + "/psbt");
    String unsignedTxid =
        fr.acinq.bitcoin.psbt.Psbt.read(psbt).getRight().global.tx.txid.toString();
    byte[] signedOnce = SIGNERS.get(1).sign(psbt);
    java.util.Random random = new java.util.Random(7);
    int refused = 0;
    for (int trial = 0; trial < 300; trial++) {
      byte[] mutated = signedOnce.clone();
      int flips = 1 + random.nextInt(3);
      for (int f = 0; f < flips; f++) {
        mutated[5 + random.nextInt(mutated.length - 5)] ^= (byte) (1 << random.nextInt(8));
      }
      HttpResponse<String> r =
          officer.send(
              "POST",
              base + "/signatures",
              "text/plain",
              Base64.getEncoder().encodeToString(mutated));
      refused += r.statusCode() == 200 ? 0 : 1;
      assertThat(r.statusCode()).as(r.body()).isIn(200, 409, 422);
      JsonNode now = json(officer.get(base));
      assertThat(now.get("state").asText()).isIn("approved", "signing");
    }
    assertThat(refused)
        .as("most mutations are refused; the rest change nothing that matters")
        .isGreaterThan(150);
    JsonNode ready =
        json(
            officer.send(
                "POST",
                base + "/signatures",
                "text/plain",
                Base64.getEncoder()
                    .encodeToString(SIGNERS.get(2).sign(SIGNERS.get(1).sign(psbt)))));
    assertThat(ready.get("state").asText()).isEqualTo("ready");
    byte[] finalPsbt = Base64.getDecoder().decode(ready.get("signed_psbt").asText());
    assertThat(fr.acinq.bitcoin.psbt.Psbt.read(finalPsbt).getRight().global.tx.txid.toString())
        .isEqualTo(unsignedTxid);
  }
}
