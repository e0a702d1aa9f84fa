package org.sovereign.app.reserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.chain.DemoCustodians;
import org.sovereign.app.web.WebFixture;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.vault.NewVault;

/**
 * The acquisitions ledger: lots from the chain, maker-checker classification, cost basis,
 * valuation.
 */
class LedgerTest {
  private static final RegtestChain CHAIN = new RegtestChain();
  private static final RegtestWallet PAYER = new RegtestWallet(CHAIN, "ledger-payer");
  private static final String PRICES =
      "date,pair,price,source\n2025-06-01,BTCUSD,105000.00,test\n2025-06-01,USDPKR,281.50,test\n2025-07-01,BTCUSD,108000.5,test\n";
  private static WebFixture web;
  private static WebFixture.Caller officer;
  private static WebFixture.Caller approver;
  private static WebFixture.Caller both;

  @BeforeAll
  static void start() {
    PAYER.fund(3);
    DemoCustodians custodians = new DemoCustodians();
    PAYER.pay(custodians.receiveScript(0), 150_000_000L);
    PAYER.pay(custodians.receiveScript(1), 20_000_000L);
    PAYER.pay(custodians.receiveScript(2), 5_000_000L);
    CHAIN.mine(1, PAYER.script());
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              OnChain.follow(runtime, CHAIN);
              runtime
                  .vaults()
                  .create(
                      org.sovereign.platform.audit.Actor.SYSTEM,
                      new NewVault(
                          "Ledger vault",
                          "test",
                          custodians.descriptor(),
                          2,
                          20,
                          custodians.custodians(),
                          0));
              runtime.chainFollower().syncOnce();
            });
    officer = web.signedIn(Role.RESERVE_OFFICER);
    approver = web.signedIn(Role.RESERVE_APPROVER);
    both = web.signedIn(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return Json.mapper().readTree(response.body());
  }

  private static HttpResponse<String> postCsv(WebFixture.Caller caller, String csv) {
    return caller.send("POST", "/api/v1/reserve/prices?source=test", "text/csv", csv);
  }

  private static long lotWithValue(long sats) throws Exception {
    for (JsonNode lot : json(officer.get("/api/v1/reserve/lots")).get("lots")) {
      if (lot.get("value_sat").asLong() == sats) {
        return lot.get("id").asLong();
      }
    }
    throw new AssertionError("no lot of " + sats + " sat");
  }

  @Test
  void lots_shouldAppearUnclassifiedAndBeFlagged() throws Exception {
    JsonNode lots = json(approver.get("/api/v1/reserve/lots")).get("lots");
    assertThat(lots).hasSizeGreaterThanOrEqualTo(3);
    assertThat(officer.get("/overview").body()).contains("Unclassified reserve lots");
    assertThat(officer.get("/reserve/ledger").body()).contains("flagged");
  }

  @Test
  void badPriceFile_shouldNameTheLineAndStoreNothing() throws Exception {
    HttpResponse<String> bad =
        postCsv(officer, "date,pair,price\n2025-05-01,BTCUSD,90000\n2025-05-02,BTCEUR,1\n");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("detail").asText()).contains("line 3").contains("BTCEUR");
    JsonNode valuation = json(officer.get("/api/v1/reserve/valuation?date=2025-05-01"));
    assertThat(valuation.get("btc_usd").isNull()).isTrue();
  }

  @Test
  void purchase_shouldNeedASecondPersonAndCarryItsPriceInUsdAndPkr() throws Exception {
    assertThat(postCsv(officer, PRICES).statusCode()).isEqualTo(200);
    long lot = lotWithValue(150_000_000L);
    HttpResponse<String> proposed =
        both.json(
            "POST",
            "/api/v1/reserve/lots/" + lot + "/classification",
            "{\"classification\":\"purchase\",\"details\":{\"acquired_on\":\"2025-06-01\",\"counterparty\":\"Prime OTC Desk\",\"reference\":\"PO-2025-17\"},\"cost_usd\":\"157500.00\"}");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
    JsonNode proposal = json(proposed);
    assertThat(proposal.get("cost_pkr").asText()).isEqualTo("44336250.00");
    long id = proposal.get("id").asLong();

    HttpResponse<String> self =
        both.json("POST", "/api/v1/reserve/classifications/" + id + "/approve", null);
    assertThat(self.statusCode()).isEqualTo(403);
    assertThat(self.body()).contains("second person");
    assertThat(
            officer
                .json("POST", "/api/v1/reserve/classifications/" + id + "/approve", null)
                .statusCode())
        .isEqualTo(403);

    HttpResponse<String> approved =
        approver.json("POST", "/api/v1/reserve/classifications/" + id + "/approve", null);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(json(approved).get("classification").asText()).isEqualTo("purchase");
    assertThat(
            approver
                .json("POST", "/api/v1/reserve/classifications/" + id + "/approve", null)
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void seizure_shouldNeedItsCourtOrderAndBeValuedAtMarket() throws Exception {
    postCsv(officer, PRICES);
    long lot = lotWithValue(20_000_000L);
    HttpResponse<String> missing =
        officer.json(
            "POST",
            "/api/v1/reserve/lots/" + lot + "/classification",
            "{\"classification\":\"seizure\",\"details\":{\"acquired_on\":\"2025-07-02\",\"case_reference\":\"FIA-2025-114\"}}");
    assertThat(missing.statusCode()).isEqualTo(422);
    assertThat(json(missing).get("field").asText()).isEqualTo("details.court_order_reference");
    JsonNode proposal =
        json(
            officer.json(
                "POST",
                "/api/v1/reserve/lots/" + lot + "/classification",
                "{\"classification\":\"seizure\",\"details\":{\"acquired_on\":\"2025-07-02\",\"case_reference\":\"FIA-2025-114\",\"court_order_reference\":\"IHC-WP-2025-88\"}}"));
    assertThat(proposal.get("cost_usd").asText()).isEqualTo("21600.10");
    json(
        approver.json(
            "POST",
            "/api/v1/reserve/classifications/" + proposal.get("id").asLong() + "/approve",
            null));

    JsonNode valuation = json(approver.get("/api/v1/reserve/valuation?date=2025-07-15"));
    assertThat(valuation.get("by_source_sat").get("seizure").asLong()).isEqualTo(20_000_000L);
    assertThat(valuation.get("btc_usd").asText()).isEqualTo("108000.50000000");
  }

  @Test
  void rejection_shouldNeedAReasonAndFreeTheLot() throws Exception {
    postCsv(officer, PRICES);
    long lot = lotWithValue(5_000_000L);
    long id =
        json(officer.json(
                "POST",
                "/api/v1/reserve/lots/" + lot + "/classification",
                "{\"classification\":\"mining\",\"details\":{\"acquired_on\":\"2025-06-01\",\"site\":\"Port Qasim Mining Park\",\"payout\":\"pool\"}}"))
            .get("id")
            .asLong();
    assertThat(
            approver
                .json(
                    "POST",
                    "/api/v1/reserve/classifications/" + id + "/reject",
                    "{\"reason\":\" \"}")
                .statusCode())
        .isEqualTo(422);
    assertThat(
            json(approver.json(
                    "POST",
                    "/api/v1/reserve/classifications/" + id + "/reject",
                    "{\"reason\":\"pool payout statement missing\"}"))
                .get("state")
                .asText())
        .isEqualTo("rejected");
    HttpResponse<String> again =
        officer.json(
            "POST",
            "/api/v1/reserve/lots/" + lot + "/classification",
            "{\"classification\":\"mining\",\"details\":{\"acquired_on\":\"2025-06-01\",\"site\":\"Port Qasim Mining Park\",\"payout\":\"coinbase\"}}");
    assertThat(again.statusCode()).isEqualTo(201);
    long second = json(again).get("id").asLong();
    approver.json("POST", "/api/v1/reserve/classifications/" + second + "/approve", null);
    var mining = new org.sovereign.reserve.ledger.LedgerMiningRevenue(web.services().tx());
    assertThat(
            mining.satsFor(
                "Port Qasim Mining Park",
                java.time.LocalDate.parse("2025-06-01"),
                java.time.LocalDate.parse("2025-07-01")))
        .as("the power pillar's view of the site's revenue")
        .isGreaterThanOrEqualTo(5_000_000L);
    assertThat(
            mining.satsFor(
                "Port Qasim Mining Park",
                java.time.LocalDate.parse("2025-07-01"),
                java.time.LocalDate.parse("2025-08-01")))
        .isZero();
  }

  @Test
  void accounts_shouldAddUpAndExportAsCsvAndJson() throws Exception {
    JsonNode report =
        json(
            approver.get(
                "/api/v1/reserve/accounting?date=2025-12-31&from=2025-01-01&to=2025-12-31"));
    assertThat(report.get("total_sat").asLong()).isEqualTo(175_000_000L);
    long sum = 0;
    for (JsonNode line : report.get("holdings")) {
      assertThat(line.get("vault").asText()).isEqualTo("Ledger vault");
      sum += line.get("sat").asLong();
    }
    assertThat(sum).isEqualTo(175_000_000L);
    HttpResponse<String> csv =
        approver.get("/api/v1/reserve/accounting?date=2025-12-31&format=csv");
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("section,vault,source,btc,lots,cost_usd,cost_pkr\n")
        .contains("held_at_2025-12-31,Ledger vault,");
    HttpResponse<String> bad = approver.get("/api/v1/reserve/accounting?date=2025-13-01");
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(json(bad).get("field").asText()).isEqualTo("date");
    assertThat(officer.get("/reserve/accounting?date=2025-12-31").body())
        .contains("1.75000000 BTC");
  }
}
