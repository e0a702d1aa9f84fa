package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnvilNodeTest {
  @Test
  void start_shouldRefuseAMissingBinaryAndSayHowToInstallIt(@TempDir Path dir) {
    Path missing = dir.resolve("anvil");
    assertThatThrownBy(() -> AnvilNode.start(missing))
        .isInstanceOf(TestChainException.class)
        .hasMessage("anvil not found at " + missing + " — run bin/evm-setup");
  }

  @Test
  void startFrom_shouldRefuseADirectoryOutsideTheRepository(@TempDir Path dir) {
    assertThatThrownBy(() -> AnvilNode.startFrom(dir))
        .isInstanceOf(TestChainException.class)
        .hasMessageContaining("no evm/ directory in " + dir)
        .hasMessageEndingWith("run bin/evm-setup in the repository");
  }

  @Test
  void startIfInstalled_shouldFindNothingOutsideTheRepository(@TempDir Path dir) {
    assertThat(AnvilNode.startIfInstalled(dir)).isEmpty();
  }

  @Test
  void close_shouldStopTheNodeProcess() {
    Optional<AnvilNode> started = AnvilNode.startIfInstalled(Path.of(""));
    Assumptions.assumeTrue(started.isPresent(), "anvil not installed: run bin/evm-setup");
    AnvilNode node = started.get();
    long pid = node.pid();
    try (EvmRpc rpc = EvmRpc.connect(node.rpcUrl())) {
      assertThat(rpc.chainId()).isEqualTo(AnvilNode.CHAIN_ID);
      assertThat(rpc.blockNumber()).isZero();
    } finally {
      node.close();
    }
    assertThat(node.isRunning()).isFalse();
    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
  }
}
