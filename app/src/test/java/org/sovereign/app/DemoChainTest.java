package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sovereign.app.chain.ChainSettings;
import org.sovereign.platform.config.ConfigSource;
import org.sovereign.platform.module.StatusBoard;
import org.sovereign.platform.testing.TestPostgres;

/** The demo's chain comes from the simulator and is indexed into the platform's database. */
class DemoChainTest {
  @Test
  void demo_shouldIndexTheSimulatorsChainToItsTip() {
    try (SovereignRuntime runtime =
        SovereignRuntime.open(TestPostgres.freshDatabase(), Pillars.all(), Clock.systemUTC())) {
      var settings = ChainSettings.from(ConfigSource.of(Map.of(), Map.of()), ChainSettings.DEMO);
      var follower = runtime.startChain(settings);
      int indexed = follower.indexer().indexedHeight();
      assertThat(indexed).isGreaterThanOrEqualTo(132);
      Map<String, String> facts = new java.util.HashMap<>();
      for (StatusBoard.Fact fact : runtime.services().status().facts()) {
        facts.put(fact.labelKey(), fact.value());
      }
      assertThat(facts).containsEntry("status.chain.indexed", Integer.toString(indexed));
      assertThat(facts.get("status.chain.source")).contains("regtest simulator");
      long exchangeOutputs =
          runtime
              .services()
              .tx()
              .read(
                  h -> h.createQuery("SELECT count(*) FROM chain.outputs").mapTo(Long.class).one());
      assertThat(exchangeOutputs).isGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void demoReserve_shouldHoldTheCoinsTheDemoNetworkPaidToItsVault() {
    ChainAccess chain = new ChainAccess();
    try (SovereignRuntime runtime =
        SovereignRuntime.open(
            TestPostgres.freshDatabase(), Pillars.all(chain), Clock.systemUTC(), chain)) {
      var follower =
          runtime.startChain(
              ChainSettings.from(ConfigSource.of(Map.of(), Map.of()), ChainSettings.DEMO));
      DemoData.seed(runtime.services(), runtime.vaults());
      follower.syncOnce();
      var vault = runtime.vaults().all().getFirst();
      assertThat(vault.policy()).isEqualTo("2-of-3");
      var holdings = new org.sovereign.reserve.vault.Holdings(chain::watch).of(vault).orElseThrow();
      assertThat(holdings.confirmed().value()).isEqualTo(400_000_000L);
      assertThat(holdings.unspent()).hasSize(3);
      assertThat(runtime.vaults().addresses(vault.id())).hasSize(3);
    }
  }

  @Test
  void badChainSource_shouldNameTheConfigurationKey() {
    var settings =
        ChainSettings.from(
            ConfigSource.of(Map.of("chain.source", "ftp://x"), Map.of()), ChainSettings.NONE);
    org.assertj.core.api.Assertions.assertThatThrownBy(settings::open)
        .hasMessageContaining("'chain.source'");
  }
}
