package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import fr.acinq.bitcoin.Bech32;
import fr.acinq.bitcoin.Crypto;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.Pillars;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.Network;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.supervision.aml.Watchlist;

/**
 * On-chain monitoring: a listed address pays a VASP's declared address on the chain; the next sync
 * raises one alert (and case) naming the transaction and the list entry, and only one.
 */
class ChainExposureTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet SANCTIONED = new RegtestWallet(CHAIN, "listed actor");
  private static final ReserveKey VASP_KEY = new ReserveKey("exposed exchange key");
  private static final RegtestWallet MULE = new RegtestWallet(CHAIN, "one hop mule");
  private static WebFixture web;

  @BeforeAll
  static void start() {
    SANCTIONED.fund(2);
    String listed =
        Bech32.encodeWitnessAddress("bcrt", (byte) 0, Crypto.hash160(SANCTIONED.publicKey().value));
    Watchlist watchlist =
        new Watchlist() {
          @Override
          public Optional<String> entry(String address) {
            return address.equals(listed) ? Optional.of("TEST-LIST:7") : Optional.empty();
          }

          @Override
          public List<String> bitcoinAddresses() {
            return List.of(listed, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
          }
        };
    web =
        new WebFixture(
            Clock.systemUTC(),
            chain -> Pillars.all(chain, watchlist),
            runtime ->
                runtime.startChain(
                    new RegtestSource(CHAIN), Network.REGTEST, "test", Duration.ofHours(1)));
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void depositFromAListedAddress_shouldRaiseOneAlertNamingTheTransaction() {
    VaspFixture.Vasp vasp = VaspFixture.licensed(web, "Exposed Exchange Ltd");
    String path = "/api/v1/vasps/" + vasp.id();
    String message = json(vasp.reporter().get(path + "/challenge")).get("message").asText();
    assertThat(
            vasp.reporter()
                .json(
                    "POST",
                    path + "/declarations",
                    "{\"addresses\":[{\"address\":\""
                        + VASP_KEY.address()
                        + "\",\"signature\":\""
                        + VASP_KEY.sign(message)
                        + "\"}]}")
                .statusCode())
        .isEqualTo(201);
    web.runtime().chainFollower().syncOnce();
    WebFixture.Caller analyst = web.signedIn(Role.ANALYST);
    assertThat(
            json(analyst.get("/api/v1/supervision/cases"))
                .get("cases")
                .findValuesAsText("title")
                .stream()
                .filter(t -> t.startsWith("On-chain deposit"))
                .toList())
        .isEmpty();

    String txid = SANCTIONED.pay(VASP_KEY.script(), 30_000_000L).toString();
    CHAIN.mine(1, SANCTIONED.script());
    web.runtime().chainFollower().syncOnce();
    web.runtime().chainFollower().syncOnce();

    JsonNode all = json(analyst.get("/api/v1/supervision/cases")).get("cases");
    List<JsonNode> deposits = new java.util.ArrayList<>();
    all.forEach(
        c -> {
          if (c.get("title").asText().startsWith("On-chain deposit")) {
            deposits.add(c);
          }
        });
    assertThat(deposits).hasSize(1);
    JsonNode cases = Json.mapper().valueToTree(deposits);
    assertThat(cases.get(0).get("priority").asText()).isEqualTo("high");
    JsonNode alert =
        json(analyst.get("/api/v1/supervision/cases/" + cases.get(0).get("id").asLong()))
            .get("alerts")
            .get(0);
    assertThat(alert.get("source").asText()).isEqualTo("chain");
    assertThat(alert.get("typology").asText()).isEqualTo("C1-DEPOSIT-FROM-SANCTIONED");
    assertThat(alert.at("/facts/txid").asText()).isEqualTo(txid);
    assertThat(alert.at("/facts/list_entry").asText()).isEqualTo("TEST-LIST:7");
    assertThat(alert.at("/facts/value_sat").asLong()).isEqualTo(30_000_000L);
  }

  @Test
  void depositFromAnAddressFundedByAListedOne_shouldRaiseAOneHopAlert() {
    VaspFixture.Vasp vasp = VaspFixture.licensed(web, "One Hop Exchange Ltd");
    String mule =
        Bech32.encodeWitnessAddress("bcrt", (byte) 0, Crypto.hash160(MULE.publicKey().value));
    SANCTIONED.pay(MULE.script(), 50_000_000L);
    CHAIN.mine(1, SANCTIONED.script());
    MULE.pay(VASP_KEY.script(), 20_000_000L);
    CHAIN.mine(1, SANCTIONED.script());
    String transfer =
        "{\"transfer_id\":\"hop-1\",\"asset\":\"BTC\",\"amount\":\"20000000\",\"value_usd\":\"180.00\","
            + "\"time\":\"2026-03-02T10:00:00Z\",\"direction\":\"in\",\"counterparty_address\":\""
            + mule
            + "\",\"beneficiary\":{\"names\":[{\"primary\":\"Khan\"}],\"account\":\"c-1\"}}";
    assertThat(
            vasp.reporter()
                .send(
                    "POST",
                    "/api/v1/vasps/" + vasp.id() + "/transfers",
                    "application/json",
                    transfer)
                .statusCode())
        .isEqualTo(201);
    for (int i = 0; i < 3; i++) {
      web.runtime().chainFollower().syncOnce();
    }
    WebFixture.Caller analyst = web.signedIn(Role.ANALYST);
    JsonNode cases = json(analyst.get("/api/v1/supervision/cases")).get("cases");
    List<String> titles = cases.findValuesAsText("title");
    assertThat(titles).contains("One hop from a sanctioned address · hop-1");
    assertThat(titles.stream().filter(t -> t.contains("hop-1")).count()).isEqualTo(1);
  }
}
