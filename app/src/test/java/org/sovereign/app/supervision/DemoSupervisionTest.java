package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.DemoData;
import org.sovereign.app.Pillars;
import org.sovereign.app.ScreeningLists;
import org.sovereign.app.chain.ChainSettings;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.supervision.aml.ListsWatchlist;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.screening.SanctionsLists;

/**
 * The demo's supervision story: two licensed exchanges with three monthly snapshots and proven
 * reserves, one solvent and one whose liabilities outgrow its reserves and raise an alert.
 */
class DemoSupervisionTest {
  private static WebFixture web;
  private static WebFixture.Caller supervisor;

  @BeforeAll
  static void start() {
    Watchlist lists;
    try {
      lists =
          new ListsWatchlist(
              SanctionsLists.load(
                  ScreeningLists.bundled(java.nio.file.Files.createTempDirectory("demo-lists"))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Watchlist watchlist = lists;
    web =
        new WebFixture(
            Clock.systemUTC(),
            chain -> Pillars.all(chain, watchlist),
            runtime -> {
              runtime.useWatchlist(watchlist);
              runtime.startChain(
                  ChainSettings.from(ConfigSource.of(Map.of(), Map.of()), ChainSettings.DEMO));
              DemoData.seed(runtime);
            });
    supervisor = web.signedIn(Role.SUPERVISOR);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static long vasp(String name) {
    for (JsonNode v : json(supervisor.get("/api/v1/supervision/vasps")).get("vasps")) {
      if (v.get("legal_name").asText().equals(name)) {
        return v.get("id").asLong();
      }
    }
    throw new AssertionError("no VASP " + name);
  }

  private static List<String> statuses(long vasp) {
    List<String> statuses = new java.util.ArrayList<>();
    json(supervisor.get("/api/v1/vasps/" + vasp + "/solvency"))
        .get("history")
        .forEach(h -> statuses.add(h.get("status").asText()));
    return statuses;
  }

  @Test
  void demo_shouldShowOneSolventAndOneUndercoveredExchange() {
    assertThat(statuses(vasp("Indus Digital Exchange Ltd")))
        .containsExactly("solvent", "solvent", "solvent");
    assertThat(statuses(vasp("Ravi Custody (Pvt) Ltd")))
        .containsExactly("solvent", "solvent", "undercovered");
    JsonNode alerts = json(supervisor.get("/api/v1/supervision/alerts")).get("alerts");
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0).get("name").asText()).isEqualTo("Ravi Custody (Pvt) Ltd");
    assertThat(alerts.get(0).get("kind").asText()).isEqualTo("undercovered");
    assertThat(json(web.anonymous().get("/api/v1/public/register")).get("vasps")).hasSize(2);
    assertThat(supervisor.get("/supervision").body()).contains("Sindh Crypto Brokers");
  }

  @Test
  void demoCustomer_shouldGetAProofThatVerifiesAgainstThePublishedRoot() throws Exception {
    long indus = vasp("Indus Digital Exchange Ltd");
    String page =
        supervisor.get("/supervision/vasps/" + indus + "/solvency?customer=indus-000042").body();
    assertThat(page).contains("proof-text");
    var match =
        java.util.regex.Pattern.compile("id=\"proof-text\"[^>]*>([^<]*)</textarea>").matcher(page);
    assertThat(match.find()).isTrue();
    String proof =
        match
            .group(1)
            .replace("&#34;", "\"")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    JsonNode published = json(web.anonymous().get("/api/v1/public/solvency")).get("vasps");
    String root = null;
    for (JsonNode v : published) {
      if (v.get("legal_name").asText().startsWith("Indus")) {
        root = v.get("snapshots").get(0).get("root_hash").asText();
      }
    }
    var result = org.sovereign.supervision.solvency.ProofVerifier.verify(proof, root);
    assertThat(result.valid()).as(result.toString()).isTrue();
    assertThat(web.anonymous().get("/transparency/solvency").body()).contains(root);
    JsonNode assets = published.get(0).get("snapshots").get(0).get("assets");
    assertThat(assets.findValuesAsText("asset")).containsExactly("BTC", "USDT");
    assertThat(assets.get(1).get("status").asText()).isEqualTo("no-chain-source");
    assertThat(assets.get(1).get("liabilities").asText()).matches("[0-9]+");
  }

  @Test
  void demoTransfers_shouldFlagTheOneMissingTravelRuleData() {
    WebFixture.Caller analyst = web.signedIn(Role.ANALYST);
    List<String> titles =
        json(analyst.get("/api/v1/supervision/cases")).get("cases").findValuesAsText("title");
    assertThat(titles).anyMatch(t -> t.startsWith("Travel-rule data missing · indus-tx-2001"));
    assertThat(titles).noneMatch(t -> t.contains("indus-tx-10"));
    assertThat(titles).anyMatch(t -> t.startsWith("Sanctions exposure · indus-tx-2002"));
  }
}
