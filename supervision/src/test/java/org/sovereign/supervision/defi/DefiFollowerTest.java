package org.sovereign.supervision.defi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sovereign.supervision.defi.Scenario.ATTACKER;
import static org.sovereign.supervision.defi.Scenario.DEPLOYER;
import static org.sovereign.supervision.defi.Scenario.GOV;
import static org.sovereign.supervision.defi.Scenario.USER;
import static org.sovereign.supervision.defi.Scenario.usdc;
import static org.sovereign.supervision.defi.Scenario.weth;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.sim.EventLogs;
import org.sovereign.supervision.defi.sim.InMemoryChain.Tx;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.generated.Uint112;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.crypto.Hash;

/**
 * Following a chain into the database: catch-up in chunks, restarts and crashes that neither skip
 * nor double-count, reorganisations below and within the confirmation depth, a node refusing long
 * ranges, platforms declared later, reprocessing without second alerts.
 */
class DefiFollowerTest {
  private final Scenario s = new Scenario();
  private DefiFixture f;

  @AfterEach
  void close() {
    if (f != null) {
      f.close();
    }
  }

  private OrgId start(FollowerOptions options, int confirmations) {
    f = new DefiFixture(s.chain, options);
    OrgId org = f.defiVasp("Lagoon Swap");
    f.declareChain(confirmations);
    f.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(1, null));
    return org;
  }

  private void mineSwaps(int blocks) {
    for (int i = 0; i < blocks; i++) {
      s.chain.mine(s.swapUsdcForWeth(USER, usdc(1_000 + i)), s.swapWethForUsdc(USER, weth(1)));
    }
  }

  /** What following derived, independent of ids and timings: equal for equal processing. */
  private String fingerprint(DefiFixture x) {
    return String.join(
        " | ",
        List.of(
            "events " + x.count("SELECT count(*) FROM defi_events"),
            "event logs "
                + x.count(
                    "SELECT coalesce(sum(block_number * 1000 + log_index), 0) FROM defi_events"),
            "flows " + x.count("SELECT count(*) FROM defi_flows"),
            "out "
                + x.services
                    .tx()
                    .read(
                        h ->
                            h.createQuery("SELECT coalesce(sum(outflow), 0)::text FROM defi_flows")
                                .mapTo(String.class)
                                .one()),
            "in "
                + x.services
                    .tx()
                    .read(
                        h ->
                            h.createQuery("SELECT coalesce(sum(inflow), 0)::text FROM defi_flows")
                                .mapTo(String.class)
                                .one()),
            "balances " + x.count("SELECT count(*) FROM defi_balances"),
            "values "
                + x.services
                    .tx()
                    .read(
                        h ->
                            h.createQuery(
                                    "SELECT count(*) || ':' || coalesce(sum(value), 0) FROM defi_value_locked")
                                .mapTo(String.class)
                                .one()),
            "prices " + x.count("SELECT count(*) FROM defi_oracle_prices"),
            "alerts " + x.count("SELECT count(*) FROM defi_alerts"),
            "cases " + x.count("SELECT count(*) FROM aml_cases")));
  }

  @Test
  void catchUp_shouldProcessEveryMissedBlockUpToTheConfirmationDepthInChunks() {
    start(FollowerOptions.DEFAULTS.withMaxChunk(7), 2);
    s.deploy();
    mineSwaps(40);
    PollResult r = f.poll();
    assertThat(r.head()).isEqualTo(41);
    assertThat(r.checkpoint()).isEqualTo(39).isEqualTo(r.target());
    assertThat(r.ranges()).isGreaterThanOrEqualTo(6);
    assertThat(r.alerts()).isZero();
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE kind = 'SWAP'")).isEqualTo(2 * 38);
    assertThat(f.count("SELECT max(block_number) FROM defi_events")).isEqualTo(39);
    assertThat(f.count("SELECT synced_block FROM defi_platforms")).isEqualTo(39);
    assertThat(f.poll().ranges()).isZero();
  }

  @Test
  void restart_shouldContinueFromTheCheckpointWithoutDoubleCounting() {
    start(FollowerOptions.DEFAULTS.withMaxChunk(5), 1);
    s.deploy();
    mineSwaps(12);
    f.poll();
    mineSwaps(9);
    s.chain.mine(
        Tx.of(
            DEPLOYER,
            GOV,
            EventLogs.roleGranted(GOV, EventLogs.role("MINTER_ROLE"), ATTACKER, DEPLOYER)));
    f.newMonitor();
    f.poll();
    mineSwaps(3);
    f.newMonitor();
    f.poll();
    String restarted = fingerprint(f);

    DefiFixture once = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    try {
      OrgId org = once.defiVasp("Lagoon Swap");
      once.declareChain(1);
      once.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(1, null));
      once.poll();
      assertThat(restarted).isEqualTo(fingerprint(once)).contains("alerts 1");
    } finally {
      once.close();
    }
  }

  @Test
  void crashInsideARangeTransaction_shouldLeaveNothingHalfWritten() {
    start(FollowerOptions.DEFAULTS, 0);
    s.deploy();
    f.poll();
    s.chain.mine(
        Tx.of(
            DEPLOYER,
            GOV,
            EventLogs.roleGranted(GOV, EventLogs.role("MINTER_ROLE"), ATTACKER, DEPLOYER)),
        Scenario.govTransfer(USER, DefiFixture.LISTED, weth(5)),
        s.swapUsdcForWeth(USER, usdc(5_000)));
    f.services
        .tx()
        .useTransaction(
            h -> {
              h.execute("CREATE TABLE crash_switch (armed BOOLEAN NOT NULL)");
              h.execute("INSERT INTO crash_switch VALUES (true)");
              h.execute(
                  "CREATE FUNCTION crash() RETURNS trigger AS $$ BEGIN"
                      + " IF (SELECT armed FROM crash_switch) THEN RAISE EXCEPTION 'simulated crash'; END IF;"
                      + " RETURN NEW; END $$ LANGUAGE plpgsql");
              h.execute(
                  "CREATE TRIGGER crash BEFORE UPDATE OF checkpoint_block ON defi_chains"
                      + " FOR EACH ROW EXECUTE FUNCTION crash()");
            });
    long eventsBefore = f.count("SELECT count(*) FROM defi_events");
    assertThatThrownBy(f::poll).hasStackTraceContaining("simulated crash");
    assertThat(f.count("SELECT count(*) FROM defi_events")).isEqualTo(eventsBefore);
    assertThat(f.count("SELECT count(*) FROM defi_alerts")).isZero();
    assertThat(f.count("SELECT count(*) FROM aml_alerts")).isZero();
    assertThat(f.count("SELECT count(*) FROM aml_cases")).isZero();
    assertThat(f.count("SELECT checkpoint_block FROM defi_chains")).isEqualTo(1);

    f.services.tx().useTransaction(h -> h.execute("UPDATE crash_switch SET armed = false"));
    f.newMonitor();
    assertThat(f.poll().alerts()).isEqualTo(2);
    assertThat(f.poll().alerts()).isZero();
    assertThat(f.count("SELECT count(*) FROM aml_alerts WHERE source = 'defi'")).isEqualTo(2);
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE block_number = 2")).isEqualTo(5);
  }

  @Test
  void reorgOfProcessedBlocks_shouldRollBackTheOrphanedBranchAndProcessTheNewOne() {
    OrgId org = start(FollowerOptions.DEFAULTS, 1);
    s.deploy();
    s.chain.mine(s.swapUsdcForWeth(USER, usdc(1_000)));
    s.chain.mine(Scenario.govTransfer(USER, DefiFixture.LISTED, weth(5)));
    String orphanTx = s.chain.logs(LogQuery.of(3, 3, List.of(GOV))).getFirst().txHash();
    s.chain.mineEmpty(2);
    assertThat(f.poll().checkpoint()).isEqualTo(4);
    assertThat(f.count("SELECT count(*) FROM defi_alerts")).isEqualTo(1);

    s.chain.rewind(3);
    s.chain.mine(s.swapUsdcForWeth(USER, usdc(7_000)));
    s.chain.mineEmpty(3);
    PollResult r = f.poll();

    assertThat(r.reorgs()).isEqualTo(1);
    assertThat(r.rolledBackTo()).isEqualTo(2);
    assertThat(r.checkpoint()).isEqualTo(5);
    assertThat(f.reads.events(org, 100))
        .extracting(DefiReads.DefiEvent::txHash)
        .doesNotContain(orphanTx);
    assertThat(f.reads.events(org, 100))
        .extracting(DefiReads.DefiEvent::summary)
        .anyMatch(summary -> summary.startsWith("swap 7,000.00 USDC"));
    assertThat(f.reads.alerts(org, 10))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.orphaned()).isTrue();
              assertThat(a.caseId()).isNotNull();
            });
    assertThat(f.count("SELECT count(*) FROM audit_log WHERE action = 'defi.reorg'")).isEqualTo(1);
    assertThat(f.poll().reorgs()).isZero();
  }

  @Test
  void reorgWithinTheConfirmationDepth_shouldNeverBeSeen() {
    OrgId org = start(FollowerOptions.DEFAULTS, 3);
    s.deploy();
    mineSwaps(9);
    assertThat(f.poll().checkpoint()).isEqualTo(7);
    s.chain.rewind(2);
    s.chain.mine(Scenario.govTransfer(USER, DefiFixture.LISTED, weth(5)));
    s.chain.mineEmpty(3);
    PollResult r = f.poll();
    assertThat(r.reorgs()).isZero();
    assertThat(r.checkpoint()).isEqualTo(9);
    assertThat(f.reads.events(org, 1000))
        .extracting(DefiReads.DefiEvent::block)
        .allMatch(b -> b <= 9);
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE block_number = 9")).isEqualTo(1);
  }

  @Test
  void nodeRefusingLongRanges_shouldBeAskedForShorterOnes() {
    start(FollowerOptions.DEFAULTS, 0);
    s.deploy();
    mineSwaps(30);
    s.chain.refuseLogRangesOver(4);
    int queriesBefore = s.chain.logQueries();
    PollResult r = f.poll();
    assertThat(s.chain.logQueries() - queriesBefore).isLessThan(2 * r.ranges() + 8);
    assertThat(r.checkpoint()).isEqualTo(31);
    assertThat(r.ranges()).isGreaterThanOrEqualTo(8);
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE kind = 'SWAP'")).isEqualTo(60);
  }

  @Test
  void platformDeclaredLater_shouldCatchUpFromItsStartOnItsOwn() {
    OrgId first = start(FollowerOptions.DEFAULTS.withMaxChunk(4), 0);
    s.deploy();
    mineSwaps(10);
    f.poll();
    long firstEvents = f.count("SELECT count(*) FROM defi_events WHERE org_id = " + first.value());
    OrgId second = f.defiVasp("Second Swap");
    f.platforms.declare(Actor.SYSTEM, second, Scenario.declaration(1, null));
    mineSwaps(2);
    PollResult r = f.poll();
    assertThat(r.checkpoint()).isEqualTo(13);
    assertThat(f.count("SELECT count(DISTINCT synced_block) FROM defi_platforms")).isEqualTo(1);
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE org_id = " + second.value()))
        .isEqualTo(f.count("SELECT count(*) FROM defi_events WHERE org_id = " + first.value()))
        .isEqualTo(firstEvents + 12);
  }

  @Test
  void redeclaration_shouldReprocessFromTheStartWithoutRaisingAlertsAgain() {
    OrgId org = start(FollowerOptions.DEFAULTS, 0);
    s.deploy();
    s.chain.mine(
        Tx.of(
            DEPLOYER,
            GOV,
            EventLogs.roleGranted(GOV, EventLogs.role("MINTER_ROLE"), ATTACKER, DEPLOYER)),
        Tx.of(
            ATTACKER,
            GOV,
            EventLogs.transfer(GOV, EventLogs.ZERO_ADDRESS, ATTACKER, weth(1_000_000))));
    s.chain.mine(s.drain(ATTACKER, usdc(600_000), weth(0)));
    assertThat(f.poll().alerts()).isEqualTo(5);
    String before = fingerprint(f);

    f.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(1, null));
    assertThat(f.count("SELECT count(*) FROM defi_events")).isZero();
    PollResult again = f.poll();
    assertThat(again.alerts()).isZero();
    assertThat(fingerprint(f)).isEqualTo(before);
  }

  @Test
  void poolFundedAfterTheBaseline_shouldTakeItsFirstReservesAsTheBaselinePrice() {
    f = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    OrgId org = f.defiVasp("Feedless Swap");
    f.declareChain(0);
    var full = Scenario.declaration(1, null);
    f.platforms.declare(
        Actor.SYSTEM,
        org,
        new org.sovereign.supervision.defi.declare.PlatformRequest(
            full.chain_id(),
            1L,
            null,
            full.contracts().stream().filter(c -> !c.kind().equals("oracle")).toList(),
            full.admins()));
    s.chain.mineEmpty(1);
    s.deploy();
    s.chain.mine(s.swapWethForUsdc(USER, weth(5)));
    s.chain.mine(s.swapWethForUsdc(ATTACKER, weth(200)));
    f.poll();
    assertThat(f.reads.alerts(org, 10))
        .extracting(DefiReads.DefiAlert::ruleId)
        .contains("DEFI-03-POOL-IMBALANCE");
  }

  @Test
  void tokenFollowedForFlowsOnly_shouldBeFetchedOnlyWhereItTouchesThePlatform() {
    f = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    OrgId org = f.defiVasp("Flows Swap");
    f.declareChain(0);
    var full = Scenario.declaration(1, null);
    var contracts = new java.util.ArrayList<>(full.contracts());
    contracts.set(
        1,
        new org.sovereign.supervision.defi.declare.ContractRequest(
            Scenario.USDC, "token", "USD Coin", "USDC", 6, "flows", null, null, null, null, null));
    f.platforms.declare(
        Actor.SYSTEM,
        org,
        new org.sovereign.supervision.defi.declare.PlatformRequest(
            full.chain_id(), 1L, null, contracts, full.admins()));
    s.deploy();
    s.chain.mine(
        Tx.of(
            USER,
            Scenario.USDC,
            EventLogs.transfer(Scenario.USDC, USER, DefiFixture.LISTED, usdc(9))),
        s.swapWethForUsdc(DefiFixture.LISTED, weth(1)));
    PollResult r = f.poll();
    assertThat(f.reads.alerts(org, 10))
        .extracting(DefiReads.DefiAlert::title)
        .hasSize(2)
        .anyMatch(t -> t.contains("USDC sent to sanctioned"))
        .anyMatch(t -> t.startsWith("1.00 WETH received from sanctioned"))
        .noneMatch(t -> t.startsWith("9.00 USDC"));
    assertThat(f.count("SELECT count(*) FROM defi_events WHERE kind = 'SWAP'")).isEqualTo(1);
    assertThat(r.logs()).isEqualTo(s.chain.logs(LogQuery.of(0, 3, List.of())).size() - 1);
  }

  @Test
  void startAfterDeployment_shouldSeedReservesAndBalancesFromTheBlockBefore() {
    f = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    OrgId org = f.defiVasp("Late Swap");
    f.declareChain(0);
    s.deploy();
    mineSwaps(2);
    BigInteger usdcThen = s.poolUsdc;
    BigInteger wethThen = s.poolWeth;
    String getReserves = Hash.sha3String("getReserves()").substring(0, 10);
    String balanceOf = Hash.sha3String("balanceOf(address)").substring(0, 10);
    s.chain.onCall(
        (to, data, block) -> {
          if (block != 3) {
            return null;
          }
          if (to.equals(Scenario.POOL) && data.equals(getReserves)) {
            return "0x"
                + TypeEncoder.encode(new Uint112(usdcThen))
                + TypeEncoder.encode(new Uint112(wethThen))
                + TypeEncoder.encode(new Uint32(36));
          }
          if (to.equals(Scenario.USDC)
              && data.startsWith(balanceOf)
              && data.endsWith(Scenario.TREASURY.substring(2))) {
            return "0x" + TypeEncoder.encode(new Uint256(usdc(500_000)));
          }
          return null;
        });
    mineSwaps(1);
    f.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(4, null));
    f.poll();
    assertThat(
            f.count(
                "SELECT value FROM defi_value_locked WHERE block_number = 3 AND contract = '"
                    + Scenario.POOL
                    + "'"))
        .isEqualTo(usdcThen.shiftLeft(1).longValueExact());
    assertThat(
            f.count(
                "SELECT value FROM defi_value_locked WHERE block_number = 3 AND contract = '"
                    + Scenario.TREASURY
                    + "'"))
        .isEqualTo(usdc(500_000).longValueExact());
    assertThat(
            f.count(
                "SELECT count(*) FROM defi_value_locked WHERE block_number = 4 AND contract = '"
                    + Scenario.POOL
                    + "'"))
        .isEqualTo(1);
    assertThat(f.count("SELECT min(block_number) FROM defi_events")).isEqualTo(4);
  }

  @Test
  void nodeServingAnotherChain_shouldBeRefusedBeforeAnythingIsWritten() {
    f = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    OrgId org = f.defiVasp("Misrouted Swap");
    f.platforms.declareChain(
        Actor.SYSTEM,
        new org.sovereign.supervision.defi.declare.ChainRequest(
            1L, "ethereum", "http://127.0.0.1:8545", 12));
    var full = Scenario.declaration(1, null);
    f.platforms.declare(
        Actor.SYSTEM,
        org,
        new org.sovereign.supervision.defi.declare.PlatformRequest(
            1L, 1L, null, full.contracts(), full.admins()));
    s.deploy();
    assertThatThrownBy(() -> f.monitor().pollOnce(1)).hasMessageContaining("serves chain 31337");
    assertThat(f.count("SELECT count(*) FROM defi_events")).isZero();
    assertThat(f.monitor().activity(1))
        .hasValueSatisfying(a -> assertThat(a.lastError()).contains("rpc_url"));
  }
}
