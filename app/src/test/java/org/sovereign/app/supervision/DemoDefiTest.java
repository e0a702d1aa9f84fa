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
  void aFreshChainOnTheNextStart_shouldBeFollowedAfterARollbackWithEachAlertOnTheChainItNames()
      throws Exception {
    assertThat(rpc).isPresent();
    long platform = platformId();
    waitForAlerts(platform, 9);

    Optional<String> second = DemoDefi.start(web.runtime(), Path.of(""));

    assertThat(second).isPresent().isNotEqualTo(rpc);
    try (var chain =
        org.sovereign.supervision.defi.testchain.EvmRpc.connect(second.orElseThrow())) {
      long target = chain.blockNumber() - 1;
      String hash =
          chain
              .web3j()
              .ethGetBlockByNumber(
                  org.web3j.protocol.core.DefaultBlockParameter.valueOf(
                      java.math.BigInteger.valueOf(target)),
                  false)
              .send()
              .getBlock()
              .getHash();
      long deadline = System.currentTimeMillis() + 60_000;
      while (System.currentTimeMillis() < deadline && !hash.equals(checkpointHash(target))) {
        Thread.sleep(200);
      }
      assertThat(checkpointHash(target)).as("followed the new chain to its tip").isEqualTo(hash);
      var alerts =
          web.services()
              .tx()
              .read(
                  h ->
                      h.createQuery(
                              "SELECT tx_hash, block_number, rule_id, contract, log_index, orphaned"
                                  + " FROM defi_alerts WHERE org_id = :o")
                          .bind("o", platform)
                          .mapToMap()
                          .list());
      java.util.Set<String> current = new java.util.HashSet<>();
      for (var a : alerts) {
        String tx = (String) a.get("tx_hash");
        var receipt = chain.receipt(tx);
        if ((Boolean) a.get("orphaned")) {
          assertThat(receipt).as("an orphaned alert's %s is not on the new chain", tx).isEmpty();
        } else {
          assertThat(receipt).as("a current alert's %s is on the new chain", tx).isPresent();
          assertThat(receipt.get().getBlockNumber().longValue())
              .isEqualTo(((Number) a.get("block_number")).longValue());
          assertThat(
                  current.add(
                      a.get("rule_id") + " " + a.get("contract") + " " + a.get("block_number")))
              .as("one current alert per rule, contract and block")
              .isTrue();
        }
      }
      assertThat(current).hasSizeGreaterThanOrEqualTo(9);
    }
  }

  private static long platformId() {
    return count(
        "SELECT org_id FROM vasp_register r JOIN platform.organisations o"
            + " ON o.id = r.org_id WHERE o.name = 'Indus Swap DAO LLC'");
  }

  private static long waitForAlerts(long org, int atLeast) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    long n = 0;
    while (System.currentTimeMillis() < deadline && n < atLeast) {
      Thread.sleep(300);
      n = count("SELECT count(*) FROM defi_alerts WHERE org_id = " + org);
    }
    Thread.sleep(3_000);
    return count("SELECT count(*) FROM defi_alerts WHERE org_id = " + org);
  }

  private static String checkpointHash(long block) {
    return web.services()
        .tx()
        .read(
            h ->
                h.createQuery(
                        "SELECT coalesce(checkpoint_hash, '') FROM defi_chains"
                            + " WHERE checkpoint_block >= :b")
                    .bind("b", block)
                    .mapTo(String.class)
                    .findOne()
                    .orElse(""));
  }

  private static long count(String sql) {
    return web.services().tx().read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void withoutAChain_theDefiPageShouldSayHowToConnectANode() {
    try (WebFixture bare = new WebFixture(Clock.systemUTC())) {
      String page = bare.signedIn(Role.ANALYST).get("/supervision/defi").body();
      assertThat(page).contains("defi-no-chain").contains("PUT /api/v1/supervision/defi/chains");
    }
  }
}
