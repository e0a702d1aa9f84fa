package org.sovereign.supervision.defi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.supervision.defi.Scenario.ATTACKER;
import static org.sovereign.supervision.defi.Scenario.DEPLOYER;
import static org.sovereign.supervision.defi.Scenario.GOV;
import static org.sovereign.supervision.defi.Scenario.MULTISIG;
import static org.sovereign.supervision.defi.Scenario.ORACLE;
import static org.sovereign.supervision.defi.Scenario.POOL;
import static org.sovereign.supervision.defi.Scenario.PROXY;
import static org.sovereign.supervision.defi.Scenario.TREASURY;
import static org.sovereign.supervision.defi.Scenario.USDC;
import static org.sovereign.supervision.defi.Scenario.USER;
import static org.sovereign.supervision.defi.Scenario.usdc;
import static org.sovereign.supervision.defi.Scenario.weth;
import static org.sovereign.supervision.defi.sim.EventLogs.ZERO_ADDRESS;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.defi.rules.DefiRulesFile;
import org.sovereign.supervision.defi.rules.Effects;
import org.sovereign.supervision.defi.sim.EventLogs;
import org.sovereign.supervision.defi.sim.InMemoryChain.Tx;

/** Each rule fires on what it is for, and not on benign activity of the same shape. */
class DefiRulesTest {
  private static final String OUTFLOW = "DEFI-01-LARGE-OUTFLOW";
  private static final String DROP = "DEFI-02-VALUE-LOCKED-DROP";
  private static final String IMBALANCE = "DEFI-03-POOL-IMBALANCE";
  private static final String ORACLE_MOVE = "DEFI-04-ORACLE-MOVE";
  private static final String PRIVILEGE = "DEFI-05-PRIVILEGE-CHANGE";
  private static final String UPGRADE = "DEFI-06-PROXY-UPGRADE";
  private static final String PAUSE = "DEFI-07-PAUSE";
  private static final String MINT = "DEFI-08-UNEXPECTED-MINT";
  private static final String SANCTIONS = "DEFI-09-SANCTIONED-TRANSFER";

  private final RuleHarness h = new RuleHarness();
  private final Scenario s = h.scenario;

  private List<String> mine(Tx... txs) {
    s.chain.mine(txs);
    return h.step();
  }

  @Test
  void deployment_shouldRaiseNothing_rolesMintsAndUpgradesAtTheBaselineAreExpected() {
    assertThat(h.step()).isEmpty();
    assertThat(h.all.events)
        .extracting(Effects.EventRow::kind)
        .contains("ROLE_GRANTED", "UPGRADED");
  }

  @Test
  void ordinarySwaps_shouldNotAlert() {
    h.step();
    for (int i = 0; i < 10; i++) {
      assertThat(mine(s.swapUsdcForWeth(USER, usdc(10_000)), s.swapWethForUsdc(USER, weth(5))))
          .isEmpty();
    }
  }

  @Test
  void drainOfThePool_shouldAlertALargeOutflow() {
    h.step();
    List<Effects.Finding> found;
    s.chain.mine(s.drain(ATTACKER, usdc(300_000), BigInteger.ZERO));
    found = h.findings();
    assertThat(found).extracting(Effects.Finding::ruleId).contains(OUTFLOW);
    Effects.Finding f =
        found.stream().filter(x -> x.ruleId().equals(OUTFLOW)).findFirst().orElseThrow();
    assertThat(f.contract()).isEqualTo(POOL);
    assertThat(f.facts())
        .containsEntry("net_outflow_quote", "300000")
        .containsEntry("crossed", "absolute");
    assertThat(f.facts())
        .containsKeys("chain_id", "block_number", "tx_hash", "log_index", "threshold_quote");
  }

  @Test
  void treasuryOutflows_shouldAlertWhenTheirSumInTheWindowCrossesTheShare() {
    h.step();
    assertThat(mine(Tx.of(MULTISIG, USDC, EventLogs.transfer(USDC, TREASURY, USER, usdc(50_000)))))
        .isEmpty();
    List<String> second =
        mine(Tx.of(MULTISIG, USDC, EventLogs.transfer(USDC, TREASURY, USER, usdc(30_000))));
    assertThat(second).containsExactly(OUTFLOW);
  }

  @Test
  void treasuryOutflows_shouldNotAddUpAcrossWindows() {
    h.step();
    assertThat(mine(Tx.of(MULTISIG, USDC, EventLogs.transfer(USDC, TREASURY, USER, usdc(50_000)))))
        .isEmpty();
    s.chain.advance(Duration.ofHours(2));
    assertThat(mine(Tx.of(MULTISIG, USDC, EventLogs.transfer(USDC, TREASURY, USER, usdc(30_000)))))
        .isEmpty();
  }

  @Test
  void largeLiquidityWithdrawal_shouldAlertADropInValueLocked() {
    h.step();
    assertThat(mine(s.drain(USER, usdc(500_000), weth(250))))
        .contains(DROP, OUTFLOW)
        .doesNotContain(IMBALANCE);
  }

  @Test
  void smallWithdrawal_shouldNotAlert() {
    h.step();
    assertThat(mine(s.drain(USER, usdc(50_000), weth(25)))).isEmpty();
  }

  @Test
  void dumpMovingThePoolPrice_shouldAlertImbalanceAgainstTheOracle() {
    h.step();
    List<Effects.Finding> found;
    s.chain.mine(s.swapWethForUsdc(ATTACKER, weth(300)));
    found = h.findings();
    assertThat(found)
        .extracting(Effects.Finding::ruleId)
        .contains(IMBALANCE, DROP)
        .doesNotContain(OUTFLOW);
    Effects.Finding f =
        found.stream().filter(x -> x.ruleId().equals(IMBALANCE)).findFirst().orElseThrow();
    assertThat((String) f.facts().get("reference")).startsWith("oracle " + ORACLE);
  }

  @Test
  void poolFollowingTheOracle_shouldNotAlertImbalance() {
    h.step();
    assertThat(mine(Tx.of(DEPLOYER, ORACLE, Scenario.answer(1_960_00000000L, 2)))).isEmpty();
    assertThat(mine(s.swapWethForUsdc(USER, weth(10)))).isEmpty();
  }

  @Test
  void withoutAnOracle_shouldJudgeThePoolAgainstItsBaselinePrice() {
    PlatformRequest full = Scenario.declaration(1, 1L);
    List<ContractRequest> noOracle =
        full.contracts().stream().filter(c -> !c.kind().equals("oracle")).toList();
    RuleHarness noFeed =
        new RuleHarness(
            DefiRulesFile.defaults(),
            new PlatformRequest(full.chain_id(), 1L, 1L, noOracle, full.admins()));
    Scenario sc = noFeed.scenario;
    assertThat(noFeed.step()).isEmpty();
    sc.chain.mine(sc.swapWethForUsdc(USER, weth(10)));
    assertThat(noFeed.step()).isEmpty();
    sc.chain.mine(sc.swapWethForUsdc(ATTACKER, weth(200)));
    assertThat(noFeed.findings())
        .filteredOn(f -> f.ruleId().equals(IMBALANCE))
        .singleElement()
        .satisfies(
            f -> assertThat((String) f.facts().get("reference")).startsWith("baseline price 2000"));
  }

  @Test
  void oracleJump_shouldAlert_andAnOrdinaryUpdateShouldNot() {
    h.step();
    assertThat(mine(Tx.of(DEPLOYER, ORACLE, Scenario.answer(1_950_00000000L, 2)))).isEmpty();
    assertThat(mine(Tx.of(DEPLOYER, ORACLE, Scenario.answer(1_400_00000000L, 3))))
        .contains(ORACLE_MOVE);
  }

  @Test
  void roleGrantedToAnOutsider_shouldAlert_butNotToAnAdminOrABaselineHolder() {
    h.step();
    String minter = EventLogs.role("MINTER_ROLE");
    assertThat(mine(Tx.of(DEPLOYER, GOV, EventLogs.roleGranted(GOV, minter, MULTISIG, DEPLOYER))))
        .isEmpty();
    assertThat(
            mine(
                Tx.of(
                    DEPLOYER,
                    GOV,
                    EventLogs.roleRevoked(GOV, minter, DEPLOYER, DEPLOYER),
                    EventLogs.roleGranted(GOV, minter, DEPLOYER, DEPLOYER))))
        .isEmpty();
    List<Effects.Finding> found;
    s.chain.mine(Tx.of(DEPLOYER, GOV, EventLogs.roleGranted(GOV, minter, ATTACKER, DEPLOYER)));
    found = h.findings();
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(PRIVILEGE);
              assertThat(f.facts())
                  .containsEntry("role_name", "MINTER_ROLE")
                  .containsEntry("account", ATTACKER);
            });
  }

  @Test
  void ownershipToAnOutsider_shouldAlert_butNotToTheMultisig() {
    h.step();
    assertThat(
            mine(Tx.of(DEPLOYER, PROXY, EventLogs.ownershipTransferred(PROXY, DEPLOYER, MULTISIG))))
        .isEmpty();
    assertThat(
            mine(Tx.of(MULTISIG, PROXY, EventLogs.ownershipTransferred(PROXY, MULTISIG, ATTACKER))))
        .containsExactly(PRIVILEGE);
  }

  @Test
  void upgradeAfterTheBaseline_shouldAlert_andAnAdminHandoverToTheMultisigShouldNot() {
    h.step();
    assertThat(mine(Tx.of(DEPLOYER, PROXY, EventLogs.adminChanged(PROXY, DEPLOYER, MULTISIG))))
        .isEmpty();
    assertThat(mine(Tx.of(MULTISIG, PROXY, EventLogs.upgraded(PROXY, ATTACKER))))
        .containsExactly(UPGRADE);
    assertThat(mine(Tx.of(MULTISIG, PROXY, EventLogs.adminChanged(PROXY, MULTISIG, ATTACKER))))
        .containsExactly(UPGRADE);
    assertThat(mine(Tx.of(MULTISIG, PROXY, EventLogs.beaconUpgraded(PROXY, USER))))
        .containsExactly(UPGRADE);
  }

  @Test
  void pauseAndUnpause_shouldAlertAtTheirScores() {
    h.step();
    s.chain.mine(Tx.of(MULTISIG, GOV, EventLogs.paused(GOV, MULTISIG)));
    assertThat(h.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(PAUSE);
              assertThat(f.score()).isEqualTo(50);
            });
    s.chain.mine(Tx.of(MULTISIG, GOV, EventLogs.unpaused(GOV, MULTISIG)));
    assertThat(h.findings()).singleElement().satisfies(f -> assertThat(f.score()).isEqualTo(30));
  }

  @Test
  void unpause_shouldNotAlertWhenItsScoreIsZero() throws java.io.IOException {
    String text;
    try (var in = getClass().getResourceAsStream("/defi/defi-rules-default.json")) {
      text =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
              .replace("\"unpause_score\": 30", "\"unpause_score\": 0");
    }
    RuleHarness quiet = new RuleHarness(DefiRulesFile.parse(text));
    quiet.step();
    quiet.scenario.chain.mine(Tx.of(MULTISIG, GOV, EventLogs.unpaused(GOV, MULTISIG)));
    assertThat(quiet.step()).isEmpty();
  }

  @Test
  void mintByAnOutsider_shouldAlert_butNotByTheBaselineMinterOrThroughTheMultisig() {
    h.step();
    assertThat(mine(Tx.of(DEPLOYER, GOV, EventLogs.transfer(GOV, ZERO_ADDRESS, USER, weth(1_000)))))
        .isEmpty();
    assertThat(
            mine(Tx.of(USER, MULTISIG, EventLogs.transfer(GOV, ZERO_ADDRESS, USER, weth(1_000)))))
        .isEmpty();
    List<Effects.Finding> found;
    s.chain.mine(
        Tx.of(ATTACKER, GOV, EventLogs.transfer(GOV, ZERO_ADDRESS, ATTACKER, weth(5_000_000))));
    found = h.findings();
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo(MINT);
              assertThat(f.facts())
                  .containsEntry("tx_from", ATTACKER)
                  .containsEntry("amount_tokens", "5000000");
            });
  }

  @Test
  void transferToASanctionedAddress_shouldAlert_evenAsSwapProceeds() {
    h.step();
    assertThat(mine(Scenario.govTransfer(USER, DefiFixture.LISTED, weth(10))))
        .containsExactly(SANCTIONS);
    assertThat(mine(s.swapWethForUsdc(DefiFixture.LISTED, weth(1))))
        .containsExactly(SANCTIONS, SANCTIONS);
    assertThat(mine(Scenario.govTransfer(USER, ATTACKER, weth(10)))).isEmpty();
  }
}
