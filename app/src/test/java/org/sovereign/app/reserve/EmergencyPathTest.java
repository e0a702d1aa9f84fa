package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sovereign.app.chain.DemoCustodians;
import org.sovereign.app.web.WebFixture;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.json.Json;
import org.sovereign.platform.testing.MutableClock;

/**
 * The optional timelocked emergency path: off by default; when a vault's policy enables it, an
 * emergency spend needs fewer approvals but waits out a delay during which any approver can veto
 * it, and no PSBT exists before the delay has run out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmergencyPathTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "emergency-payer");
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
  private static WebFixture web;
  private static WebFixture.Caller officer;
  private static WebFixture.Caller approverOne;
  private static WebFixture.Caller approverTwo;
  private static WebFixture.Caller admin;
  private static long cold;
  private static String otherVaultAddress;

  @BeforeAll
  static void start() {
    PAYER.fund(2);
    DemoCustodians custodians = new DemoCustodians();
    PAYER.pay(custodians.receiveScript(0), 200_000_000L);
    CHAIN.mine(1, PAYER.script());
    web =
        new WebFixture(
            CLOCK,
            runtime -> {
              OnChain.follow(runtime, CHAIN);
              cold =
                  OnChain.vault(
                      runtime, "Cold", custodians.descriptor(), 2, custodians.custodians());
              String other = custodians.descriptor().replace("sortedmulti(2,", "sortedmulti(1,");
              long second = OnChain.vault(runtime, "Second", other, 1, custodians.custodians());
              otherVaultAddress =
                  runtime.vaults().issueReceiveAddress(Actor.SYSTEM, second, "in").address();
              runtime.vaults().issueReceiveAddress(Actor.SYSTEM, cold, "cold 0");
              runtime.chainFollower().syncOnce();
            });
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approverOne = web.signedIn(Role.RESERVE_APPROVER);
    approverTwo = web.signedIn(Role.RESERVE_APPROVER);
    admin = web.signedIn(Role.ADMIN);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private static HttpResponse<String> proposeEmergency(long sats) {
    return officer.json(
        "POST",
        "/api/v1/reserve/vaults/" + cold + "/spends",
        "{\"purpose\":\"Evacuate a compromised key\",\"authority_reference\":\"Reserve Act s.19\","
            + "\"fee_rate\":3,\"emergency\":true,\"destinations\":[{\"address\":\""
            + otherVaultAddress
            + "\",\"amount_sat\":"
            + sats
            + "}]}");
  }

  private static void enableEmergencyPath() {
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approverOne = web.signedIn(Role.RESERVE_APPROVER);
    approverTwo = web.signedIn(Role.RESERVE_APPROVER);
    admin = web.signedIn(Role.ADMIN);
    HttpResponse<String> set =
        admin.json(
            "PUT",
            "/api/v1/reserve/vaults/" + cold + "/policy",
            "{\"period_days\":30,\"min_approvals\":2,\"emergency_approvals\":1,\"emergency_delay_hours\":72}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
  }

  @Test
  @Order(1)
  void emergencySpend_shouldBeRefusedWhileThePolicyHasNoEmergencyPath() throws Exception {
    HttpResponse<String> half =
        admin.json(
            "PUT",
            "/api/v1/reserve/vaults/" + cold + "/policy",
            "{\"period_days\":30,\"min_approvals\":2,\"emergency_approvals\":1}");
    assertThat(half.statusCode()).isEqualTo(422);
    assertThat(json(half).get("field").asText()).isEqualTo("emergency_delay_hours");
    HttpResponse<String> tooMany =
        admin.json(
            "PUT",
            "/api/v1/reserve/vaults/" + cold + "/policy",
            "{\"period_days\":30,\"min_approvals\":2,\"emergency_approvals\":3,\"emergency_delay_hours\":1}");
    assertThat(json(tooMany).get("field").asText()).isEqualTo("emergency_approvals");
    HttpResponse<String> refused = proposeEmergency(10_000_000L);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused).get("field").asText()).isEqualTo("rule:EMERGENCY_PATH_DISABLED");
  }

  @Test
  @Order(2)
  void emergencySpend_shouldWaitOutItsTimelockBeforeAnyPsbtThenBroadcast() throws Exception {
    enableEmergencyPath();
    JsonNode proposed = json(proposeEmergency(50_000_000L));
    assertThat(proposed.get("emergency").asBoolean()).as(proposed.toString()).isTrue();
    String base = "/api/v1/reserve/spends/" + proposed.get("id").asLong();

    JsonNode locked = json(approverOne.json("POST", base + "/approve", null));
    assertThat(locked.get("state").asText()).isEqualTo("timelocked");
    assertThat(Instant.parse(locked.get("unlocks_at").asText()))
        .isEqualTo(CLOCK.instant().plus(Duration.ofHours(72)));
    assertThat(locked.get("psbt").isNull()).isTrue();
    assertThat(officer.get(base + "/psbt").statusCode()).isEqualTo(409);

    CLOCK.advance(Duration.ofHours(71));
    officer = web.signedIn(Role.RESERVE_OFFICER);
    HttpResponse<String> early = officer.json("POST", base + "/release", null);
    assertThat(early.statusCode()).isEqualTo(422);
    assertThat(json(early).get("field").asText()).isEqualTo("rule:TIMELOCK_NOT_EXPIRED");

    CLOCK.advance(Duration.ofHours(1));
    officer = web.signedIn(Role.RESERVE_OFFICER);
    JsonNode released = json(officer.json("POST", base + "/release", null));
    assertThat(released.get("state").asText()).as(released.toString()).isEqualTo("approved");
    byte[] psbt = officer.getBytes(base + "/psbt");
    byte[] signed =
        new TestSigner("sovereign demo custodian 2")
            .sign(new TestSigner("sovereign demo custodian 0").sign(psbt));
    JsonNode ready =
        json(
            officer.send(
                "POST",
                base + "/signatures",
                "text/plain",
                Base64.getEncoder().encodeToString(signed)));
    assertThat(ready.get("state").asText()).as(ready.toString()).isEqualTo("ready");
    JsonNode sent = json(officer.send("POST", base + "/broadcast", "application/json", ""));
    assertThat(sent.get("state").asText()).isEqualTo("broadcast");
    assertThat(CHAIN.mempool()).hasSize(1);
    CHAIN.mine(1, PAYER.script());
    web.runtime().chainFollower().syncOnce();
  }

  @Test
  @Order(3)
  void anyApprover_shouldVetoAnEmergencySpendDuringItsTimelock() throws Exception {
    enableEmergencyPath();
    HttpResponse<String> created = proposeEmergency(20_000_000L);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode proposed = json(created);
    String base = "/api/v1/reserve/spends/" + proposed.get("id").asLong();
    approverOne.json("POST", base + "/approve", null);

    HttpResponse<String> noReason = approverTwo.json("POST", base + "/veto", "{\"reason\":\" \"}");
    assertThat(noReason.statusCode()).isEqualTo(422);
    assertThat(officer.json("POST", base + "/veto", "{\"reason\":\"mine\"}").statusCode())
        .as("officers cannot veto")
        .isEqualTo(403);
    JsonNode vetoed =
        json(
            approverTwo.json(
                "POST", base + "/veto", "{\"reason\":\"Key is not compromised; verified\"}"));
    assertThat(vetoed.get("state").asText()).isEqualTo("rejected");
    assertThat(vetoed.get("veto_reason").asText()).isEqualTo("Key is not compromised; verified");

    CLOCK.advance(Duration.ofDays(10));
    officer = web.signedIn(Role.RESERVE_OFFICER);
    HttpResponse<String> release = officer.json("POST", base + "/release", null);
    assertThat(json(release).get("field").asText()).isEqualTo("rule:WRONG_STATE");
    assertThat(json(officer.get(base)).get("psbt").isNull()).isTrue();
    List<String> actions =
        web.runtime()
            .services()
            .tx()
            .read(
                h ->
                    h.createQuery("SELECT action FROM audit_log WHERE object = :o ORDER BY seq")
                        .bind("o", "spend:" + proposed.get("id").asLong())
                        .mapTo(String.class)
                        .list());
    assertThat(actions)
        .containsSubsequence(
            "spend.proposed", "spend.approved", "spend.timelocked", "spend.vetoed");
  }
}
