package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.Log;

/** The scripted story on a real anvil: each step's receipts carry exactly the expected events. */
class DefiScenarioTest {
  private static AnvilNode node;
  private static EvmRpc rpc;
  private static DefiScenario scenario;
  private static ChainEvents chain;
  private static PoolReserves reservesAtDeploy;

  @BeforeAll
  static void deploy() {
    Optional<AnvilNode> started = AnvilNode.startIfInstalled(Path.of(""));
    Assumptions.assumeTrue(started.isPresent(), "anvil not installed: run bin/evm-setup");
    node = started.get();
    rpc = EvmRpc.connect(node.rpcUrl());
    long begin = System.nanoTime();
    scenario = DefiScenario.deploy(rpc, new Artifacts(EvmHome.require(Path.of(""))));
    System.out.printf("scenario deployed in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
    chain = new ChainEvents(rpc, scenario.manifest());
    reservesAtDeploy = scenario.reserves();
  }

  @AfterAll
  static void stop() {
    if (rpc != null) {
      rpc.close();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  void deploy_shouldGiveTheSameAddressesOnEveryFreshChain() {
    ScenarioManifest m = scenario.manifest();
    assertThat(m.chainId()).isEqualTo(31_337);
    assertThat(m.deploymentBlock()).isEqualTo(1);
    // The first contract account 0 creates on any fresh anvil or hardhat node.
    assertThat(m.weth()).isEqualTo("0x5fbdb2315678afecb367f032d93f642f64180aa3");
    assertThat(m.admin()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    List<String> addresses =
        List.of(
            m.admin(),
            m.outsider(),
            m.sanctioned(),
            m.weth(),
            m.usdx(),
            m.pkrt(),
            m.uniswapFactory(),
            m.uniswapRouter(),
            m.pair(),
            m.oracle(),
            m.treasury(),
            m.proxyAdmin(),
            m.treasuryImplementation(),
            m.treasuryImplementationV2());
    assertThat(new HashSet<>(addresses)).hasSameSizeAs(addresses);
    assertThat(m.traders()).hasSize(18).doesNotContain(m.admin(), m.outsider());
  }

  @Test
  void deploy_shouldEmitTheBaselineRoleProxyAndOwnershipEvents() {
    Map<String, StepResult> setup =
        scenario.setupSteps().stream().collect(Collectors.toMap(StepResult::step, s -> s));
    assertThat(setup.keySet())
        .containsExactlyInAnyOrder(
            "deployTokens",
            "deployUniswap",
            "deployOracle",
            "deployTreasury",
            "createPool",
            "fundTreasury",
            "fundTraders");
    List<StepTx> tokens = setup.get("deployTokens").txs();
    assertThat(chain.events(tokens.get(2)))
        .containsExactly("pkrt RoleGranted", "pkrt RoleGranted", "pkrt RoleGranted");
    List<StepTx> treasury = setup.get("deployTreasury").txs();
    assertThat(chain.events(treasury.get(2))).containsExactly("proxyAdmin OwnershipTransferred");
    assertThat(chain.events(treasury.get(3)))
        .containsExactly("treasury Upgraded", "treasury AdminChanged");
    assertThat(chain.events(setup.get("deployOracle").last()))
        .containsExactly("oracle AnswerUpdated");
    assertThat(chain.events(setup.get("createPool").last()))
        .containsExactly(
            "pkrt Transfer",
            "usdx Transfer",
            "pair Transfer",
            "pair Transfer",
            "pair Sync",
            "pair Mint");
    PoolReserves start = new PoolReserves(ScenarioDeployer.POOL_SIDE, ScenarioDeployer.POOL_SIDE);
    assertThat(reservesAtDeploy).isEqualTo(start);
  }

  @Test
  void incident_shouldEmitExactlyTheExpectedEventsAtTheReportedBlocks() {
    ScenarioManifest m = scenario.manifest();
    StepResult benign = scenario.benignActivity(300);
    assertThat(benign.txs()).hasSizeGreaterThanOrEqualTo(300);
    benign.txs().stream().limit(5).forEach(chain::receipt);

    StepResult upgrade = scenario.upgradeProxy();
    assertThat(upgrade.emitter()).isEqualTo(m.treasury());
    assertThat(chain.events(upgrade.last())).containsExactly("treasury Upgraded");
    assertThat(chain.indexedAddress(onlyLog(upgrade), 1)).isEqualTo("implementationV2");

    StepResult grant = scenario.grantRoleToOutsider();
    assertThat(chain.events(grant.last())).containsExactly("pkrt RoleGranted");
    assertThat(chain.indexedAddress(onlyLog(grant), 2)).isEqualTo("outsider");
    assertThat(chain.indexedAddress(onlyLog(grant), 3)).isEqualTo("admin");

    StepResult crash = scenario.oracleCrash();
    assertThat(chain.events(crash.last())).containsExactly("oracle AnswerUpdated");
    assertThat(new BigInteger(onlyLog(crash).getTopics().get(1).substring(2), 16))
        .isEqualTo(BigInteger.valueOf(40_000_000));
    assertThat(scenario.oracleAnswer()).isEqualTo(BigInteger.valueOf(40_000_000));

    BigInteger usdxBefore = scenario.reserves().usdx();
    StepResult dump = scenario.mintAndDump();
    assertThat(dump.txs()).hasSize(3);
    assertThat(chain.events(dump.txs().get(0))).containsExactly("pkrt Transfer");
    assertThat(chain.indexedAddress(chain.receipt(dump.txs().get(0)).getLogs().getFirst(), 1))
        .isEqualTo("zero");
    assertThat(chain.events(dump.last()))
        .containsExactly("pkrt Transfer", "usdx Transfer", "pair Sync", "pair Swap");
    BigInteger usdxAfter = scenario.reserves().usdx();
    assertThat(usdxAfter.multiply(BigInteger.TEN)).isLessThan(usdxBefore);

    StepResult proceeds = scenario.proceedsToSanctioned();
    assertThat(chain.events(proceeds.last())).containsExactly("usdx Transfer");
    assertThat(chain.indexedAddress(onlyLog(proceeds), 1)).isEqualTo("outsider");
    assertThat(chain.indexedAddress(onlyLog(proceeds), 2)).isEqualTo("sanctioned");
    assertThat(scenario.balanceOf(m.usdx(), m.sanctioned()))
        .isGreaterThan(usdxBefore.multiply(BigInteger.valueOf(9)).divide(BigInteger.TEN));

    assertThat(chain.events(scenario.pause().last())).containsExactly("pkrt Paused");

    StepResult ownership = scenario.transferOwnership();
    assertThat(chain.events(ownership.last())).containsExactly("proxyAdmin OwnershipTransferred");
    assertThat(chain.indexedAddress(onlyLog(ownership), 1)).isEqualTo("admin");
    assertThat(chain.indexedAddress(onlyLog(ownership), 2)).isEqualTo("outsider");

    StepResult hijack = scenario.changeProxyAdmin();
    assertThat(chain.events(hijack.last())).containsExactly("treasury AdminChanged");

    List<StepResult> steps = List.of(benign, upgrade, grant, crash, dump, proceeds, hijack);
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).firstBlock()).isGreaterThan(steps.get(i - 1).lastBlock());
    }
  }

  private Log onlyLog(StepResult step) {
    List<Log> logs = chain.receipt(step.last()).getLogs();
    assertThat(logs).hasSize(1);
    return logs.getFirst();
  }
}
