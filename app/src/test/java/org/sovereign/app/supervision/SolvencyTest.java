package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.base.Network;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;

/**
 * Proof of solvency against the chain: reserve addresses proven by BIP-322 over the Authority's
 * challenge, their balance at each snapshot's cut-off height against the BTC liabilities, the
 * ratio's history, and the alerts a supervisor sees.
 */
class SolvencyTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "solvency-payer");
  private static final ReserveKey KEY = new ReserveKey("alpha reserve key");
  private static final ReserveKey OTHER = new ReserveKey("someone else's key");
  private static Instant paidAt;
  private static Instant later;
  private static WebFixture web;
  private static WebFixture.Caller supervisor;
  private static VaspFixture.Vasp alpha;
  private static VaspFixture.Vasp beta;

  @BeforeAll
  static void start() {
    PAYER.fund(2);
    CHAIN.mine(3, PAYER.script());
    PAYER.pay(KEY.script(), 200_000_000L);
    CHAIN.mine(1, PAYER.script());
    paidAt = blockTime(CHAIN.height());
    CHAIN.mine(5, PAYER.script());
    later = blockTime(CHAIN.height());
    web =
        new WebFixture(
            java.time.Clock.systemUTC(),
            runtime ->
                runtime.startChain(
                    new RegtestSource(CHAIN), Network.REGTEST, "test", Duration.ofHours(1)));
    supervisor = web.signedIn(Role.SUPERVISOR);
    alpha = VaspFixture.licensed(web, "Alpha Solvent Exchange");
    beta = VaspFixture.licensed(web, "Beta Quiet Exchange");
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static Instant blockTime(int height) {
    return Instant.ofEpochSecond(1296688602L + 600L * height);
  }

  private static String period() {
    return paidAt.toString().substring(0, 7);
  }

  private static String declaration(String address, String signature) {
    return "{\"period\":\""
        + period()
        + "\",\"addresses\":[{\"address\":\""
        + address
        + "\",\"signature\":\""
        + signature
        + "\"}]}";
  }

  private static JsonNode snapshot(Instant cutoff, long btc) {
    HttpResponse<String> r =
        alpha
            .reporter()
            .send(
                "POST",
                "/api/v1/vasps/" + alpha.id() + "/snapshots?cutoff=" + cutoff,
                "text/csv",
                "customer_id,BTC\nholder-1," + btc / 2 + "\nholder-2," + (btc - btc / 2) + "\n");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json(r);
  }

  @Test
  void solvency_shouldCompareProvenReservesAtEachCutoffWithLiabilities() throws Exception {
    String vasp = "/api/v1/vasps/" + alpha.id();
    String message =
        json(alpha.reporter().get(vasp + "/challenge?period=" + period())).get("message").asText();
    assertThat(message).contains("period " + period()).contains("Alpha Solvent Exchange");
    assertThat(
            json(alpha.reporter().get(vasp + "/challenge?period=" + period()))
                .get("message")
                .asText())
        .as("one challenge per month")
        .isEqualTo(message);

    HttpResponse<String> wrongMessage =
        alpha
            .reporter()
            .json("POST", vasp + "/declarations", declaration(KEY.address(), KEY.sign("hello")));
    assertThat(wrongMessage.statusCode()).isEqualTo(422);
    assertThat(json(wrongMessage).get("field").asText()).isEqualTo("addresses[0].signature");
    HttpResponse<String> wrongKey =
        alpha
            .reporter()
            .json("POST", vasp + "/declarations", declaration(KEY.address(), OTHER.sign(message)));
    assertThat(json(wrongKey).get("field").asText()).startsWith("addresses[0]");
    HttpResponse<String> mainnet =
        alpha
            .reporter()
            .json(
                "POST",
                vasp + "/declarations",
                declaration("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", KEY.sign(message)));
    assertThat(json(mainnet).get("field").asText()).isEqualTo("addresses[0].address");
    assertThat(json(alpha.reporter().get(vasp + "/declarations")).get("declarations")).isEmpty();

    HttpResponse<String> declared =
        alpha
            .reporter()
            .json("POST", vasp + "/declarations", declaration(KEY.address(), KEY.sign(message)));
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
    web.runtime().chainFollower().syncOnce();

    snapshot(paidAt.minusSeconds(1), 100_000_000L);
    snapshot(paidAt.plusSeconds(1), 150_000_000L);
    snapshot(later, 300_000_000L);
    List<JsonNode> history =
        List.copyOf(
            (java.util.Collection<JsonNode>)
                java.util.stream.StreamSupport.stream(
                        json(supervisor.get(vasp + "/solvency")).get("history").spliterator(),
                        false)
                    .toList());
    assertThat(history).hasSize(3);
    assertThat(history.get(0).get("btc_reserves_sat").asLong()).as("before the payment").isZero();
    assertThat(history.get(0).get("status").asText()).isEqualTo("undercovered");
    assertThat(history.get(1).get("btc_reserves_sat").asLong()).isEqualTo(200_000_000L);
    assertThat(history.get(1).get("ratio").asText()).isEqualTo("1.3333");
    assertThat(history.get(1).get("status").asText()).isEqualTo("solvent");
    assertThat(history.get(2).get("ratio").asText()).isEqualTo("0.6666");

    List<String> alerts =
        json(supervisor.get("/api/v1/supervision/alerts")).get("alerts").findValuesAsText("kind");
    assertThat(alerts).contains("undercovered", "snapshot-missing");
    String page = supervisor.get("/supervision/vasps/" + alpha.id() + "/solvency").body();
    assertThat(page).contains("ratio-chart").contains("66.66%").contains(KEY.address());
    assertThat(supervisor.get("/supervision").body()).contains("Reserves under liabilities");
  }

  @Test
  void declarations_shouldBeScopedToTheReportersVasp() {
    assertThat(beta.reporter().get("/api/v1/vasps/" + alpha.id() + "/challenge").statusCode())
        .isEqualTo(404);
    assertThat(
            beta.reporter()
                .json(
                    "POST",
                    "/api/v1/vasps/" + alpha.id() + "/declarations",
                    declaration(KEY.address(), "smp"))
                .statusCode())
        .isEqualTo(404);
    assertThat(beta.reporter().get("/api/v1/vasps/" + alpha.id() + "/solvency").statusCode())
        .isEqualTo(404);
  }

  @Test
  void descriptor_shouldBeProvenByItsFirstAddressAndCountEveryBranch() {
    var master =
        fr.acinq.bitcoin.DeterministicWallet.generate(
            "gamma hd reserve".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var account = fr.acinq.bitcoin.DeterministicWallet.derivePrivateKey(master, "m/84'/1'/0'");
    String descriptor =
        "wpkh("
            + fr.acinq.bitcoin.DeterministicWallet.encode(
                fr.acinq.bitcoin.DeterministicWallet.publicKey(account),
                fr.acinq.bitcoin.DeterministicWallet.tpub)
            + "/<0;1>/*)";
    var firstKey =
        fr.acinq.bitcoin.DeterministicWallet.derivePrivateKey(account, "m/0/0").getPrivateKey();
    var branches =
        org.sovereign.supervision.reserves.DescriptorBranches.of(descriptor, Network.REGTEST);
    var receive = org.sovereign.chain.descriptor.Descriptor.parse(branches.get(0), Network.REGTEST);
    var change = org.sovereign.chain.descriptor.Descriptor.parse(branches.get(1), Network.REGTEST);
    String first = receive.address(0, Network.REGTEST);
    PAYER.pay(receive.scriptPubKeys(7).getFirst(), 30_000_000L);
    PAYER.pay(change.scriptPubKeys(2).getFirst(), 20_000_000L);
    CHAIN.mine(1, PAYER.script());

    VaspFixture.Vasp gamma = VaspFixture.licensed(web, "Gamma HD Exchange");
    String vaspPath = "/api/v1/vasps/" + gamma.id();
    String now = Instant.now().toString().substring(0, 7);
    String message = json(gamma.reporter().get(vaspPath + "/challenge")).get("message").asText();
    String signature =
        org.sovereign.chain.bip322.Bip322.signSimple(
            firstKey.toBase58((byte) 0xef), first, message, Network.REGTEST);
    HttpResponse<String> wrong =
        gamma
            .reporter()
            .json(
                "POST",
                vaspPath + "/declarations",
                "{\"descriptors\":[{\"descriptor\":\""
                    + descriptor
                    + "\",\"signature\":\""
                    + KEY.sign(message)
                    + "\"}]}");
    assertThat(wrong.statusCode()).isEqualTo(422);
    assertThat(json(wrong).get("field").asText()).isEqualTo("descriptors[0].signature");
    HttpResponse<String> declared =
        gamma
            .reporter()
            .json(
                "POST",
                vaspPath + "/declarations",
                "{\"descriptors\":[{\"descriptor\":\""
                    + descriptor
                    + "\",\"signature\":\""
                    + signature
                    + "\"}]}");
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
    web.runtime().chainFollower().syncOnce();
    HttpResponse<String> snapshot =
        gamma
            .reporter()
            .send(
                "POST",
                vaspPath + "/snapshots?cutoff=" + Instant.now().minusSeconds(5),
                "text/csv",
                "customer_id,BTC\ng1,40000000\n");
    assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(201);
    JsonNode history = json(supervisor.get(vaspPath + "/solvency")).get("history");
    assertThat(history.get(0).get("btc_reserves_sat").asLong()).isEqualTo(50_000_000L);
    assertThat(history.get(0).get("ratio").asText()).isEqualTo("1.2500");
    assertThat(now).isNotBlank();
  }
}
