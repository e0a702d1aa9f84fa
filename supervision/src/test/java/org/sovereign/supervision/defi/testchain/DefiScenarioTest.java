package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.Log;

/**
 * The scripted story on one real anvil, in order: each step's receipts carry exactly the expected
 * events, in the blocks the step reports, from the contract it names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DefiScenarioTest {
  private static AnvilNode node;
  private static EvmRpc rpc;
  private static DefiScenario scenario;
  private static ChainEvents chain;
  private static PoolReserves reservesAtDeploy;
  private static final List<StepResult> steps = new ArrayList<>();

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
  @Order(1)
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
  @Order(2)
  void deploy_shouldEmitTheBaselineRoleProxyAndOwnershipEvents() {
    ScenarioManifest m = scenario.manifest();
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
    assertThat(scenario.balanceOf(m.usdx(), m.treasury()))
        .isEqualTo(ScenarioDeployer.TREASURY_USDX);
  }

  @Test
  @Order(3)
  void benignActivity_shouldLandEveryTransactionInTheBlockItReports() {
    StepResult benign = record(scenario.benignActivity(300));
    assertThat(benign.txs()).hasSize(300 + 2); // two oracle updates: at the 1st and 251st action
    benign.txs().forEach(chain::receipt);
    assertThat(benign.lastBlock()).isGreaterThan(benign.firstBlock());
  }

  @Test
  @Order(4)
  void upgradeProxy_shouldMakeTheTreasuryProxyEmitUpgradedToV2() {
    StepResult upgrade = record(scenario.upgradeProxy());
    assertDecisive(upgrade, "treasury Upgraded");
    assertThat(chain.indexedAddress(onlyLog(upgrade), 1)).isEqualTo("implementationV2");
  }

  @Test
  @Order(5)
  void grantRoleToOutsider_shouldMakePkrtEmitRoleGrantedToTheOutsiderByTheAdmin() {
    StepResult grant = record(scenario.grantRoleToOutsider());
    assertDecisive(grant, "pkrt RoleGranted");
    Log log = onlyLog(grant);
    assertThat(log.getTopics().get(1)).isEqualTo(ChainEvents.topicOf("MINTER_ROLE"));
    assertThat(chain.indexedAddress(log, 2)).isEqualTo("outsider");
    assertThat(chain.indexedAddress(log, 3)).isEqualTo("admin");
  }

  @Test
  @Order(6)
  void oracleCrash_shouldReportAnAnswerSixtyPercentBelowTheStart() {
    StepResult crash = record(scenario.oracleCrash());
    assertDecisive(crash, "oracle AnswerUpdated");
    BigInteger reported = new BigInteger(onlyLog(crash).getTopics().get(1).substring(2), 16);
    assertThat(reported).isEqualTo(BigInteger.valueOf(40_000_000));
    assertThat(scenario.oracleAnswer()).isEqualTo(BigInteger.valueOf(40_000_000));
  }

  @Test
  @Order(7)
  void mintAndDump_shouldMintFromZeroAndLeaveThePoolWithUnderATenthOfItsUsdx() {
    BigInteger usdxBefore = scenario.reserves().usdx();
    StepResult dump = record(scenario.mintAndDump());
    assertThat(dump.txs()).hasSize(3);
    StepTx mint = dump.txs().getFirst();
    assertThat(chain.events(mint)).containsExactly("pkrt Transfer");
    assertThat(chain.indexedAddress(chain.receipt(mint).getLogs().getFirst(), 1)).isEqualTo("zero");
    assertThat(chain.events(dump.txs().get(1))).containsExactly("pkrt Approval");
    assertDecisive(dump, "pkrt Transfer", "usdx Transfer", "pair Sync", "pair Swap");
    BigInteger usdxAfter = scenario.reserves().usdx();
    assertThat(usdxAfter.multiply(BigInteger.TEN)).isLessThan(usdxBefore);
    assertThat(scenario.balanceOf(scenario.manifest().usdx(), scenario.manifest().outsider()))
        .isEqualTo(usdxBefore.subtract(usdxAfter));
  }

  @Test
  @Order(8)
  void proceedsToSanctioned_shouldTransferAllTheOutsidersUsdxToTheSanctionedAddress() {
    ScenarioManifest m = scenario.manifest();
    BigInteger proceeds = scenario.balanceOf(m.usdx(), m.outsider());
    StepResult transfer = record(scenario.proceedsToSanctioned());
    assertDecisive(transfer, "usdx Transfer");
    assertThat(chain.indexedAddress(onlyLog(transfer), 1)).isEqualTo("outsider");
    assertThat(chain.indexedAddress(onlyLog(transfer), 2)).isEqualTo("sanctioned");
    assertThat(scenario.balanceOf(m.usdx(), m.sanctioned())).isEqualTo(proceeds);
    assertThat(scenario.balanceOf(m.usdx(), m.outsider())).isZero();
  }

  @Test
  @Order(9)
  void pause_shouldMakePkrtEmitPaused() {
    assertDecisive(record(scenario.pause()), "pkrt Paused");
  }

  @Test
  @Order(10)
  void transferOwnership_shouldHandTheProxyAdminFromTheAdminToTheOutsider() {
    StepResult ownership = record(scenario.transferOwnership());
    assertDecisive(ownership, "proxyAdmin OwnershipTransferred");
    assertThat(chain.indexedAddress(onlyLog(ownership), 1)).isEqualTo("admin");
    assertThat(chain.indexedAddress(onlyLog(ownership), 2)).isEqualTo("outsider");
  }

  @Test
  @Order(11)
  void changeProxyAdmin_shouldMakeTheTreasuryProxyEmitAdminChangedToTheOutsider() {
    assertDecisive(record(scenario.changeProxyAdmin()), "treasury AdminChanged");
  }

  @Test
  @Order(12)
  void steps_shouldFollowEachOtherInLaterBlocks() {
    assertThat(steps).hasSize(9);
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).firstBlock()).isGreaterThan(steps.get(i - 1).lastBlock());
    }
  }

  @Test
  @Order(13)
  void sender_shouldNameTheStepAndTheContractsReasonWhenATransactionWouldRevert() {
    ScenarioManifest m = scenario.manifest();
    Credentials outsider = EvmAccounts.dev(2).get(1);
    String data = Abi.call("updateAnswer", new Int256(BigInteger.ONE));
    assertThatThrownBy(
            () -> new Sender(rpc).send("rogue oracle update", outsider, m.oracle(), data))
        .isInstanceOf(TestChainException.class)
        .hasMessageStartingWith("step 'rogue oracle update': transaction from " + m.outsider())
        .hasMessageContaining("would revert")
        .hasMessageContaining("MockPriceFeed: caller is not the owner");
  }

  /** The step's last transaction emitted exactly these events, the last from its emitter. */
  private static void assertDecisive(StepResult step, String... events) {
    assertThat(chain.events(step.last())).as(step.step()).containsExactly(events);
    String emitter = events[events.length - 1].split(" ")[0];
    assertThat(chain.name(step.emitter())).as("emitter of %s", step.step()).isEqualTo(emitter);
  }

  private static StepResult record(StepResult step) {
    steps.add(step);
    return step;
  }

  private static Log onlyLog(StepResult step) {
    List<Log> logs = chain.receipt(step.last()).getLogs();
    assertThat(logs).hasSize(1);
    return logs.getFirst();
  }
}
