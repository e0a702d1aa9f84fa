package org.sovereign.supervision.defi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.supervision.defi.Scenario.ORACLE;
import static org.sovereign.supervision.defi.Scenario.POOL;
import static org.sovereign.supervision.defi.Scenario.USDC;
import static org.sovereign.supervision.defi.Scenario.USER;
import static org.sovereign.supervision.defi.Scenario.usdc;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.supervision.defi.DefiReads.MetricPoint;
import org.sovereign.supervision.defi.DefiReads.Resolution;
import org.sovereign.supervision.defi.sim.InMemoryChain.Tx;

/** The console's reads: progress, recent events, per-block and hourly series; the loop. */
class DefiReadsTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
  private final Scenario s = new Scenario();
  private DefiFixture f;
  private OrgId org;

  @AfterEach
  void close() {
    f.close();
  }

  private void start() {
    f = new DefiFixture(s.chain, FollowerOptions.DEFAULTS);
    org = f.defiVasp("Charted Swap");
    f.declareChain(0);
    f.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(1, null));
    s.deploy();
  }

  @Test
  void series_shouldHaveAPointPerChangedBlock_andTheLastOfEachHour() {
    start();
    for (int i = 0; i < 12; i++) {
      s.chain.advance(Duration.ofMinutes(20));
      s.chain.mine(
          s.swapUsdcForWeth(USER, usdc(1_000 + i)),
          Tx.of(Scenario.DEPLOYER, ORACLE, Scenario.answer(2_000_00000000L + i, 2 + i)));
    }
    f.poll();
    var perBlock = f.reads.valueLocked(org, Scenario.CHAIN_ID, POOL, FROM, TO, Resolution.BLOCK);
    var hourly = f.reads.valueLocked(org, Scenario.CHAIN_ID, POOL, FROM, TO, Resolution.HOUR);
    assertThat(perBlock)
        .hasSize(14)
        .extracting(MetricPoint::block)
        .startsWith(0L, 1L)
        .endsWith(13L);
    assertThat(hourly.size()).isBetween(4, 6);
    assertThat(hourly.getLast()).isEqualTo(perBlock.getLast());
    assertThat(perBlock.getLast().value()).isEqualTo(s.poolUsdc.shiftLeft(1));
    assertThat(
            f.reads
                .balances(org, Scenario.CHAIN_ID, POOL, USDC, FROM, TO, Resolution.BLOCK)
                .getLast()
                .value())
        .isEqualTo(s.poolUsdc);
    assertThat(f.reads.oracleAnswers(org, Scenario.CHAIN_ID, ORACLE, FROM, TO, Resolution.BLOCK))
        .hasSize(13);
    assertThat(f.reads.events(org, 3))
        .extracting(DefiReads.DefiEvent::block)
        .containsExactly(13L, 13L, 13L);
    assertThat(f.reads.chains())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.checkpointBlock()).isEqualTo(13);
              assertThat(c.platforms())
                  .singleElement()
                  .satisfies(p -> assertThat(p.syncedBlock()).isEqualTo(13));
            });
  }

  @Test
  void backgroundLoop_shouldFollowNewBlocksUntilStopped() throws InterruptedException {
    start();
    f.monitor().start(Duration.ofMillis(20));
    try {
      s.chain.mine(s.swapUsdcForWeth(USER, usdc(500)));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (f.count("SELECT coalesce(checkpoint_block, -1) FROM defi_chains") < 2
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(f.count("SELECT checkpoint_block FROM defi_chains")).isEqualTo(2);
      assertThat(f.monitor().activity(Scenario.CHAIN_ID)).isPresent();
    } finally {
      f.monitor().stop();
    }
  }
}
