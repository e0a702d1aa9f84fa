package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.acinq.bitcoin.DeterministicWallet;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.Network;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.vault.Custodian;
import org.sovereign.reserve.vault.NewVault;

/**
 * Electrum (Debian's package, offline) signs the platform's PSBTs for a 2-of-3 wsh(sortedmulti)
 * vault as two independent custodians; the platform combines, finalizes and broadcasts to the
 * regtest simulator.
 */
class ElectrumInteropTest {
  private static final String ACCOUNT = "m/48h/1h/0h/2h";
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "electrum-payer");
  private static final List<String> SEEDS =
      List.of("electrum custodian alpha", "electrum custodian beta", "electrum custodian gamma");
  private static final List<String> TPRV = new ArrayList<>();
  private static final List<String> TPUB = new ArrayList<>();
  private static final List<String> FINGERPRINTS = new ArrayList<>();
  private static WebFixture web;
  private static long cold;
  private static String destination;

  @BeforeAll
  static void start() {
    assumeTrue(
        Electrum.installed(),
        "Debian's electrum package is not installed (apt-get install electrum; .ci/run does)");
    List<String> keys = new ArrayList<>();
    for (String seed : SEEDS) {
      var master = DeterministicWallet.generate(seed.getBytes(StandardCharsets.UTF_8));
      String fp =
          String.format(
              "%08x",
              DeterministicWallet.fingerprint(DeterministicWallet.publicKey(master)) & 0xffffffffL);
      var account = DeterministicWallet.derivePrivateKey(master, "m/48'/1'/0'/2'");
      TPRV.add(DeterministicWallet.encode(account, DeterministicWallet.tprv));
      TPUB.add(
          DeterministicWallet.encode(
              DeterministicWallet.publicKey(account), DeterministicWallet.tpub));
      FINGERPRINTS.add(fp);
      keys.add("[" + fp + "/48h/1h/0h/2h]" + TPUB.getLast() + "/<0;1>/*");
    }
    String descriptor = "wsh(sortedmulti(2," + String.join(",", keys) + "))";
    List<Custodian> custodians = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      custodians.add(new Custodian("Custodian " + i, FINGERPRINTS.get(i), "Electrum " + i));
    }
    PAYER.fund(2);
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              OnChain.follow(runtime, CHAIN);
              cold =
                  runtime
                      .vaults()
                      .create(
                          Actor.SYSTEM,
                          new NewVault(
                              "Electrum vault", "interop", descriptor, 2, 20, custodians, 0))
                      .id();
              String receive =
                  runtime.vaults().issueReceiveAddress(Actor.SYSTEM, cold, "funding").address();
              PAYER.pay(
                  org.sovereign.chain.bip322.Address.parse(receive, Network.REGTEST).scriptPubKey(),
                  200_000_000L);
              CHAIN.mine(1, PAYER.script());
              String other = descriptor.replace("sortedmulti(2,", "sortedmulti(1,");
              long second =
                  runtime
                      .vaults()
                      .create(
                          Actor.SYSTEM,
                          new NewVault("Second", "interop", other, 1, 20, custodians, null))
                      .id();
              destination =
                  runtime.vaults().issueReceiveAddress(Actor.SYSTEM, second, "to").address();
              runtime.chainFollower().syncOnce();
            });
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.mapper().readTree(r.body());
  }

  private static Electrum cosigner(Path home, int signer) throws Exception {
    Electrum electrum = new Electrum(home);
    List<String[]> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String vpub = electrum.p2wsh(TPUB.get(i));
      keys.add(
          i == signer
              ? new String[] {electrum.p2wsh(TPRV.get(i)), FINGERPRINTS.get(i), vpub}
              : new String[] {vpub, FINGERPRINTS.get(i)});
    }
    electrum.writeWallet("cosigner", keys, ACCOUNT);
    return electrum;
  }

  @Test
  void electrum_shouldSignThePlatformsPsbtForFinalizationAndBroadcast() throws Exception {
    WebFixture.Caller officer = web.signedIn(Role.RESERVE_OFFICER);
    String body =
        "{\"purpose\":\"Interop\",\"authority_reference\":\"Test\",\"fee_rate\":3,\"destinations\":[{\"address\":\""
            + destination
            + "\",\"amount_sat\":50000000}]}";
    HttpResponse<String> proposed =
        officer.json("POST", "/api/v1/reserve/vaults/" + cold + "/spends", body);
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    long id = json(proposed).get("id").asLong();
    web.signedIn(Role.RESERVE_APPROVER)
        .json("POST", "/api/v1/reserve/spends/" + id + "/approve", null);
    JsonNode approved =
        json(
            web.signedIn(Role.RESERVE_APPROVER)
                .json("POST", "/api/v1/reserve/spends/" + id + "/approve", null));
    String psbt = approved.get("psbt").asText();

    for (int signer : List.of(0, 1)) {
      Path home = Files.createTempDirectory("electrum-" + signer);
      Electrum electrum = cosigner(home, signer);
      String signed =
          electrum.run(
              "-w", home.resolve("regtest/wallets/cosigner").toString(), "signtransaction", psbt);
      HttpResponse<String> upload =
          officer.send(
              "POST",
              "/api/v1/reserve/spends/" + id + "/signatures",
              "text/plain",
              normalise(signed));
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    }
    JsonNode ready = json(officer.get("/api/v1/reserve/spends/" + id));
    assertThat(ready.get("state").asText()).isEqualTo("ready");
    assertThat(ready.get("signers").toString())
        .contains(FINGERPRINTS.get(0))
        .contains(FINGERPRINTS.get(1));
    assertThat(
            json(officer.send(
                    "POST", "/api/v1/reserve/spends/" + id + "/broadcast", "application/json", ""))
                .get("state")
                .asText())
        .isEqualTo("broadcast");
    CHAIN.mine(1, PAYER.script());
    web.runtime().chainFollower().syncOnce();
    assertThat(CHAIN.mempool()).isEmpty();
  }

  /** Electrum prints the signed PSBT as base64 (or hex for a complete transaction). */
  private static String normalise(String output) {
    String last = output.lines().reduce((a, b) -> b).orElse("").strip().replace("\"", "");
    if (last.matches("[0-9a-fA-F]+")) {
      return Base64.getEncoder()
          .encodeToString(org.sovereign.base.Hex.decode(last.toLowerCase(java.util.Locale.ROOT)));
    }
    return last;
  }
}
