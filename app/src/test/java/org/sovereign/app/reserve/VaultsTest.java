package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.acinq.bitcoin.DeterministicWallet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.json.Json;

/** A 2-of-3 vault registered from custodians' tpubs, its receive addresses, and its coins. */
class VaultsTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "vault-payer");
  private static WebFixture web;
  private static WebFixture.Caller officer;
  private static WebFixture.Caller approver;
  private static final List<String> FINGERPRINTS = new ArrayList<>();
  private static String descriptor;

  @BeforeAll
  static void start() {
    PAYER.fund(3);
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime ->
                runtime.startChain(
                    new RegtestSource(CHAIN),
                    Network.REGTEST,
                    "test regtest",
                    Duration.ofHours(1)));
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approver = web.signedIn(Role.RESERVE_APPROVER);
    List<String> keys = new ArrayList<>();
    for (String seed : List.of("custodian-a", "custodian-b", "custodian-c")) {
      var master = DeterministicWallet.generate(seed.repeat(2).getBytes(StandardCharsets.UTF_8));
      String fingerprint =
          String.format(
              "%08x",
              DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL);
      var account = DeterministicWallet.derivePrivateKey(master, "m/48'/1'/0'/2'");
      String tpub =
          DeterministicWallet.encode(
              DeterministicWallet.publicKey(account), DeterministicWallet.tpub);
      FINGERPRINTS.add(fingerprint);
      keys.add("[" + fingerprint + "/48h/1h/0h/2h]" + tpub + "/<0;1>/*");
    }
    descriptor = "wsh(sortedmulti(2," + String.join(",", keys) + "))";
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static String vaultBody(String name, String desc, int quorum, List<String> fingerprints) {
    StringBuilder custodians = new StringBuilder();
    for (int i = 0; i < fingerprints.size(); i++) {
      custodians
          .append(i == 0 ? "" : ",")
          .append("{\"name\":\"Custodian ")
          .append(i)
          .append("\",\"fingerprint\":\"")
          .append(fingerprints.get(i))
          .append("\",\"key_location\":\"Vault room ")
          .append(i)
          .append(", hardware signer\"}");
    }
    return "{\"name\":\""
        + name
        + "\",\"purpose\":\"Strategic reserve cold storage\",\"descriptor\":\""
        + desc
        + "\",\"quorum\":"
        + quorum
        + ",\"gap_limit\":20,\"custodians\":["
        + custodians
        + "]}";
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.mapper().readTree(response.body());
  }

  @Test
  void vault_shouldIssueAddressesInOrderAndShowItsCoins() throws Exception {
    HttpResponse<String> created =
        officer.json(
            "POST", "/api/v1/reserve/vaults", vaultBody("Cold A", descriptor, 2, FINGERPRINTS));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = json(created).get("id").asLong();
    assertThat(json(created).get("keys").asInt()).isEqualTo(3);

    JsonNode first =
        json(
            officer.json(
                "POST",
                "/api/v1/reserve/vaults/" + id + "/addresses",
                "{\"label\":\"purchase 1\"}"));
    JsonNode second =
        json(officer.json("POST", "/api/v1/reserve/vaults/" + id + "/addresses", null));
    assertThat(first.get("index").asInt()).isZero();
    assertThat(second.get("index").asInt()).isEqualTo(1);
    Descriptor receive = Descriptor.parse(descriptor, Network.REGTEST).expandMultipath().get(0);
    assertThat(first.get("address").asText())
        .isEqualTo(receive.address(0, Network.REGTEST))
        .startsWith("bcrt1q");
    assertThat(first.get("key_paths").toString())
        .contains("[" + FINGERPRINTS.get(0) + "] m/48h/1h/0h/2h/0/0");

    Descriptor change = Descriptor.parse(descriptor, Network.REGTEST).expandMultipath().get(1);
    PAYER.pay(receive.scriptPubKeys(0).getFirst(), 150_000_000L);
    PAYER.pay(change.scriptPubKeys(3).getFirst(), 20_000_000L);
    PAYER.pay(receive.scriptPubKeys(15).getFirst(), 5_000_000L);
    CHAIN.mine(1, PAYER.script());
    web.runtime().chainFollower().syncOnce();

    JsonNode vault = json(approver.get("/api/v1/reserve/vaults/" + id));
    assertThat(vault.get("holdings").get("confirmed_sat").asLong()).isEqualTo(175_000_000L);
    assertThat(vault.get("holdings").get("utxos")).hasSize(3);
    String page = officer.get("/reserve").body();
    assertThat(page).contains("Cold A").contains("2-of-3").contains("1.75000000");
    String vaultPage = officer.get("/reserve/vaults/" + id).body();
    assertThat(vaultPage).contains(first.get("address").asText()).contains("history-chart");
    assertThat(vaultPage).contains("[" + CHAIN.height() + ",1.75000000]");
  }

  @Test
  void badVaults_shouldBeRefusedNamingTheFieldAndWriteNothing() throws Exception {
    long before = web.services().tx().read(AuditLog::head).seq();
    assertField(
        officer.json(
            "POST", "/api/v1/reserve/vaults", vaultBody("Bad 1", descriptor, 3, FINGERPRINTS)),
        "quorum");
    assertField(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults",
            vaultBody(
                "Bad 2",
                descriptor,
                2,
                List.of(FINGERPRINTS.get(0), "00000000", FINGERPRINTS.get(2)))),
        "custodians[1].fingerprint");
    assertField(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults",
            vaultBody("Bad 3", descriptor.replace("/<0;1>/*", "/0/*"), 2, FINGERPRINTS)),
        "descriptor");
    assertField(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults",
            vaultBody(
                "Bad 4",
                "wpkh(tprv8ZgxMBicQKsPd9TeAdPADNnSyH9SSUUbTVeFszDE23Ki6TBB5nCefAdHkK8Fm3qMQR6sHwA56zqRmKmxnHk37JkiFzvncDqoKmPWubu7hDF/<0;1>/*)",
                1,
                FINGERPRINTS)),
        "descriptor");
    assertField(
        officer.json(
            "POST",
            "/api/v1/reserve/vaults",
            vaultBody("Bad 5", descriptor, 2, FINGERPRINTS.subList(0, 2))),
        "custodians");
    assertThat(web.services().tx().read(AuditLog::head).seq()).isEqualTo(before);
    assertThat(
            approver
                .json(
                    "POST",
                    "/api/v1/reserve/vaults",
                    vaultBody("Not mine", descriptor, 2, FINGERPRINTS))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void duplicateVault_shouldConflict() {
    String other = descriptor.replace("sortedmulti(2,", "sortedmulti(1,");
    assertThat(
            officer
                .json("POST", "/api/v1/reserve/vaults", vaultBody("Hot B", other, 1, FINGERPRINTS))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            officer
                .json("POST", "/api/v1/reserve/vaults", vaultBody("hot b", other, 1, FINGERPRINTS))
                .statusCode())
        .isEqualTo(409);
  }

  private static void assertField(HttpResponse<String> response, String field) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(json(response).get("field").asText()).isEqualTo(field);
  }
}
