package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.sovereign.supervision.defi.testchain.EvmHome;

/** {@code sovereign bench defi} on its own: anvil started, filled by evm/loadgen, followed. */
class DefiBenchCliTest {
  @Test
  void benchDefi_shouldFillAnvilAndPrintTheAnchorAndTheMonitorsFigures() {
    Assumptions.assumeTrue(
        EvmHome.find(Path.of("")).isPresent(), "anvil not installed: run bin/evm-setup");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));

    int exit = cli.execute("bench", "defi", "--blocks", "6");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("2,700 logs")
        .contains("eth_getLogs alone (web3j)")
        .contains("follower into PostgreSQL")
        .contains("goal: >= 15,000 logs/s end to end");
  }
}
