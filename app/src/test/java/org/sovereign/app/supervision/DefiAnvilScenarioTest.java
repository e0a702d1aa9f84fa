package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.db.Database;
import org.sovereign.platform.db.ModuleSchema;
import org.sovereign.platform.module.PlatformServices;
import org.sovereign.platform.testing.TestPostgres;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.DefiMonitor;
import org.sovereign.supervision.defi.DefiReads;
import org.sovereign.supervision.defi.PollResult;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.defi.testchain.AnvilNode;
import org.sovereign.supervision.defi.testchain.Artifacts;
import org.sovereign.supervision.defi.testchain.DefiScenario;
import org.sovereign.supervision.defi.testchain.EvmHome;
import org.sovereign.supervision.defi.testchain.EvmRpc;
import org.sovereign.supervision.defi.testchain.ScenarioDeclaration;
import org.sovereign.supervision.defi.testchain.StepResult;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.Register;

/**
 * The DeFi monitor against a real anvil node and real contracts (OpenZeppelin tokens and proxy,
 * Uniswap V2, a Chainlink-style feed), screening against the real OFAC Ethereum address list:
 * 10,000 benign swaps and transfers raise nothing; then each step of the incident raises its alerts
 * by the time one block has been mined on top of it (confirmation depth 1).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefiAnvilScenarioTest {
  private static AnvilNode node;
  private static EvmRpc rpc;
  private static DefiScenario scenario;
  private static Database database;
  private static DefiMonitor monitor;
  private static DefiReads reads;
  private static OrgId platform;

  @BeforeAll
  static void start() throws IOException {
    Optional<AnvilNode> started = AnvilNode.startIfInstalled(Path.of(""));
    Assumptions.assumeTrue(started.isPresent(), "anvil not installed: run bin/evm-setup");
    node = started.get();
    rpc = EvmRpc.connect(node.rpcUrl());
    scenario = DefiScenario.deploy(rpc, new Artifacts(EvmHome.require(Path.of(""))));
    List<StepResult> setup = scenario.setupSteps();
    long baseline = setup.getLast().lastBlock();

    SovereignConfig config = TestPostgres.freshDatabase();
    var metrics = PlatformServices.newMetrics();
    database =
        Database.start(
            config, metrics, List.of(ModuleSchema.of("platform"), ModuleSchema.of("supervision")));
    PlatformServices services =
        PlatformServices.create(config, database, Clock.systemUTC(), metrics);
    Register register =
        new Register(services.tx(), services.audit(), services.clock(), services.organisations());
    platform =
        register
            .apply(
                Actor.SYSTEM,
                new Application(
                    "Indus Swap DAO LLC",
                    "DEFI-2026-001",
                    null,
                    "defi",
                    List.of("AMM", "Treasury"),
                    null,
                    null,
                    null,
                    null,
                    null))
            .orgId();
    DefiPlatforms platforms =
        new DefiPlatforms(services.tx(), services.audit(), services.clock(), register);
    var manifest = scenario.manifest();
    platforms.declareChain(
        Actor.SYSTEM, ScenarioDeclaration.chain(manifest, "anvil", node.rpcUrl(), 1));
    platforms.declare(Actor.SYSTEM, platform, ScenarioDeclaration.platform(manifest, baseline));
    monitor =
        DefiMonitor.overHttp(
            services.tx(),
            services.audit(),
            services.clock(),
            new Cases(services.tx(), services.audit(), services.clock()),
            ofacEthereum(),
            platforms,
            DefiRulesFile.defaults());
    reads = new DefiReads(services.tx());
  }

  @AfterAll
  static void stop() {
    if (monitor != null) {
      monitor.close();
    }
    if (database != null) {
      database.close();
    }
    if (rpc != null) {
      rpc.close();
    }
    if (node != null) {
      node.close();
    }
  }

  /** The OFAC SDN list's Ethereum addresses, as the demo bundles them. */
  private static Watchlist ofacEthereum() throws IOException {
    Set<String> listed;
    try (InputStream in =
        DefiAnvilScenarioTest.class.getResourceAsStream(
            "/demo/sanctions/sanctioned_addresses_ETH.txt")) {
      listed =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> l.startsWith("0x"))
              .map(l -> l.toLowerCase(Locale.ROOT))
              .collect(Collectors.toSet());
    }
    assertThat(listed).contains(DefiScenario.SANCTIONED_ADDRESS);
    return new Watchlist() {
      @Override
      public Optional<String> entry(String address) {
        return listed.contains(address.toLowerCase(Locale.ROOT))
            ? Optional.of("OFAC-SDN:ETH " + address.toLowerCase(Locale.ROOT))
            : Optional.empty();
      }

      @Override
      public List<String> bitcoinAddresses() {
        return List.of();
      }

      @Override
      public List<String> evmAddresses() {
        return listed.stream().sorted().toList();
      }
    };
  }

  private static PollResult catchUp() {
    PollResult last = monitor.pollOnce(scenario.manifest().chainId());
    while (!last.caughtUp()) {
      last = monitor.pollOnce(scenario.manifest().chainId());
    }
    return last;
  }

  /** Runs a step, mines one block on top, polls, and returns the rules its transactions raised. */
  private static List<String> rulesRaisedBy(Supplier<StepResult> step) {
    StepResult result = step.get();
    rpc.mine();
    PollResult poll = catchUp();
    assertThat(poll.head() - result.lastBlock())
        .as("%s: polled one block after its last transaction", result.step())
        .isEqualTo(1);
    Set<String> hashes = Set.copyOf(result.txHashes());
    List<String> rules = new ArrayList<>();
    for (var alert : reads.alerts(platform, 1_000)) {
      if (hashes.contains(alert.txHash())) {
        rules.add(alert.ruleId());
      }
    }
    return rules;
  }

  @Test
  @Order(1)
  void tenThousandBenignSwapsAndTransfers_shouldRaiseNoAlert() {
    StepResult benign = scenario.benignActivity(10_000);
    rpc.mine();
    long before = System.nanoTime();
    PollResult poll = catchUp();
    double seconds = (System.nanoTime() - before) / 1e9;
    System.out.printf(
        "monitor: %,d blocks of benign activity followed in %.2f s%n",
        benign.lastBlock() - benign.firstBlock() + 1, seconds);

    assertThat(poll.checkpoint()).isGreaterThanOrEqualTo(benign.lastBlock());
    assertThat(reads.alerts(platform, 100)).as("benign activity raises nothing").isEmpty();
    assertThat(reads.events(platform, 10)).isNotEmpty();
  }

  @Test
  @Order(2)
  void proxyUpgrade_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::upgradeProxy)).containsExactly("DEFI-06-PROXY-UPGRADE");
  }

  @Test
  @Order(3)
  void minterRoleGrantedToAnOutsider_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::grantRoleToOutsider))
        .containsExactly("DEFI-05-PRIVILEGE-CHANGE");
  }

  @Test
  @Order(4)
  void oracleCrash_shouldAlertTheMoveAndThePoolNowOffTheOracleWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::oracleCrash))
        .containsExactlyInAnyOrder("DEFI-04-ORACLE-MOVE", "DEFI-03-POOL-IMBALANCE");
  }

  @Test
  @Order(5)
  void mintAndDump_shouldRaiseTheMintTheDrainAndBothValueDropsWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::mintAndDump))
        .as(
            "the pool loses its USDX; the treasury's PKRT is repriced by the dumped pool; the"
                + " imbalance was raised at the oracle crash and is within its cooldown")
        .containsExactlyInAnyOrder(
            "DEFI-08-UNEXPECTED-MINT",
            "DEFI-01-LARGE-OUTFLOW",
            "DEFI-02-VALUE-LOCKED-DROP",
            "DEFI-02-VALUE-LOCKED-DROP");
  }

  @Test
  @Order(6)
  void proceedsToASanctionedAddress_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::proceedsToSanctioned))
        .containsExactly("DEFI-09-SANCTIONED-TRANSFER");
  }

  @Test
  @Order(7)
  void adminSendingAnUndeclaredTokenToASanctionedAddress_shouldAlertWithinOneBlock() {
    assertThat(
            rulesRaisedBy(
                () ->
                    scenario.undeclaredTokenToSanctioned(
                        new Artifacts(EvmHome.require(Path.of(""))))))
        .containsExactly("DEFI-09-SANCTIONED-TRANSFER");
  }

  @Test
  @Order(7)
  void pause_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::pause)).containsExactly("DEFI-07-PAUSE");
  }

  @Test
  @Order(8)
  void proxyAdminOwnershipToTheOutsider_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::transferOwnership))
        .containsExactly("DEFI-05-PRIVILEGE-CHANGE");
  }

  @Test
  @Order(9)
  void proxyAdminChanged_shouldAlertWithinOneBlock() {
    assertThat(rulesRaisedBy(scenario::changeProxyAdmin)).containsExactly("DEFI-06-PROXY-UPGRADE");
  }

  @Test
  @Order(10)
  void everyAlert_shouldHaveOpenedACaseAndPollingAgainRaisesNothingNew() {
    int alerts = reads.alerts(platform, 1_000).size();
    assertThat(reads.alerts(platform, 1_000)).allMatch(a -> a.caseId() != null);
    rpc.mine();
    catchUp();
    assertThat(reads.alerts(platform, 1_000)).hasSize(alerts);
  }
}
