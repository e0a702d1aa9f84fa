package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.DemoDefi;
import org.sovereign.app.Pillars;
import org.sovereign.app.ScreeningLists;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.supervision.aml.ListsWatchlist;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.defi.testchain.EvmHome;

/**
 * The demo's DeFi platform on the repository's anvil, monitored by the running server with the
 * bundled OFAC lists: its page shows the value-locked chart and the incident's alerts, each with a
 * case; and without any chain the DeFi page says how to connect a node.
 */
class DemoDefiTest {
  private static WebFixture web;
  private static Optional<String> rpc = Optional.empty();

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        EvmHome.find(Path.of("")).isPresent(), "anvil not installed: run bin/evm-setup");
    Watchlist watchlist =
        new ListsWatchlist(
            org.sovereign.supervision.screening.SanctionsLists.load(
                ScreeningLists.bundled(java.nio.file.Files.createTempDirectory("demo-lists"))));
    web =
        new WebFixture(
            Clock.systemUTC(),
            chain -> Pillars.all(chain, watchlist),
            runtime -> rpc = DemoDefi.start(runtime, Path.of("")));
  }

  @AfterAll
  static void stop() {
    if (web != null) {
      web.close();
    }
  }

  @Test
  void demoPlatform_shouldShowItsValueLockedAndTheIncidentAlertsWithCases() throws Exception {
    assertThat(rpc).isPresent();
    var supervisor = web.signedIn(Role.SUPERVISOR);
    String overview = supervisor.get("/supervision/defi").body();
    assertThat(overview).contains("anvil-demo").contains("Indus Swap DAO LLC");
    long id =
        web.services()
            .tx()
            .read(
                h ->
                    h.createQuery(
                            "SELECT org_id FROM vasp_register r JOIN platform.organisations o"
                                + " ON o.id = r.org_id WHERE o.name = 'Indus Swap DAO LLC'")
                        .mapTo(Long.class)
                        .one());
    String page = "";
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && !page.contains("DEFI-09-SANCTIONED-TRANSFER")) {
      Thread.sleep(500);
      page = supervisor.get("/supervision/defi/" + id).body();
    }
    assertThat(page)
        .contains("tvl-chart", "reserves-chart", "oracle-chart")
        .contains("DEFI-06-PROXY-UPGRADE", "DEFI-05-PRIVILEGE-CHANGE", "DEFI-04-ORACLE-MOVE")
        .contains("DEFI-08-UNEXPECTED-MINT", "DEFI-02-VALUE-LOCKED-DROP", "DEFI-01-LARGE-OUTFLOW")
        .contains("DEFI-03-POOL-IMBALANCE")
        .contains("DEFI-09-SANCTIONED-TRANSFER", "DEFI-07-PAUSE")
        .contains("/supervision/cases/");
    String csv =
        supervisor.get("/api/v1/supervision/vasps/" + id + "/defi/value-locked.csv").body();
    assertThat(csv).startsWith("chain_id,contract_label,unit,time,value\n").contains("USDX");
  }

  @Test
  void withoutAChain_theDefiPageShouldSayHowToConnectANode() {
    try (WebFixture bare = new WebFixture(Clock.systemUTC())) {
      String page = bare.signedIn(Role.ANALYST).get("/supervision/defi").body();
      assertThat(page).contains("defi-no-chain").contains("PUT /api/v1/supervision/defi/chains");
    }
  }
}
