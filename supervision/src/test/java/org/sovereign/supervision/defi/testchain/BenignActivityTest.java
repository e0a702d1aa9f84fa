package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;

/** Ten thousand everyday actions, batched: they all land, and the pool stays balanced. */
class BenignActivityTest {
  @Test
  void benignActivity_shouldLandTenThousandSwapsAndTransfersAndKeepThePoolBalanced()
      throws Exception {
    Optional<AnvilNode> started = AnvilNode.startIfInstalled(Path.of(""));
    Assumptions.assumeTrue(started.isPresent(), "anvil not installed: run bin/evm-setup");
    long pid = started.get().pid();
    try (AnvilNode node = started.get();
        EvmRpc rpc = EvmRpc.connect(node.rpcUrl())) {
      DefiScenario scenario = DefiScenario.deploy(rpc, new Artifacts(EvmHome.require(Path.of(""))));
      ScenarioManifest m = scenario.manifest();

      long begin = System.nanoTime();
      StepResult benign = scenario.benignActivity(10_000);
      long millis = (System.nanoTime() - begin) / 1_000_000;
      System.out.printf(
          "benignActivity(10000): %d transactions in blocks %d..%d, %d ms%n",
          benign.txs().size(), benign.firstBlock(), benign.lastBlock(), millis);

      assertThat(benign.txs()).hasSize(10_000 + 10_000 / BenignActivity.ORACLE_EVERY);
      List<String> tokens = List.of(m.usdx(), m.pkrt(), m.pair());
      EthFilter filter =
          new EthFilter(
              DefaultBlockParameter.valueOf(BigInteger.valueOf(benign.firstBlock())),
              DefaultBlockParameter.valueOf(BigInteger.valueOf(benign.lastBlock())),
              tokens);
      filter.addOptionalTopics(ChainEvents.SWAP, ChainEvents.TRANSFER);
      EthLog logs = rpc.web3j().ethGetLogs(filter).send();
      assertThat(logs.hasError()).as("eth_getLogs error").isFalse();
      System.out.printf(
          "benignActivity(10000): %d Swap and Transfer logs%n", logs.getLogs().size());
      assertThat(logs.getLogs()).hasSizeGreaterThanOrEqualTo(10_000);

      PoolReserves reserves = scenario.reserves();
      assertThat(withinPercent(reserves.pkrt(), ScenarioDeployer.POOL_SIDE, 2)).isTrue();
      assertThat(withinPercent(reserves.usdx(), ScenarioDeployer.POOL_SIDE, 2)).isTrue();
      assertThat(withinPercent(scenario.oracleAnswer(), ScenarioDeployer.ORACLE_START, 1)).isTrue();
    }
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
        .as("anvil after close")
        .isEmpty();
  }

  private static boolean withinPercent(BigInteger value, BigInteger reference, int percent) {
    BigInteger deviation = value.subtract(reference).abs().multiply(BigInteger.valueOf(100));
    return deviation.compareTo(reference.multiply(BigInteger.valueOf(percent))) <= 0;
  }
}
