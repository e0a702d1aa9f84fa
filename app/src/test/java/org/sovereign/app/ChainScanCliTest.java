package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.base.Network;
import org.sovereign.base.Sats;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;
import picocli.CommandLine;

/** {@code sovereign chain scan} over Core-style block files written from the simulator. */
class ChainScanCliTest {
  private static final String DESCRIPTOR =
      "wpkh(tprv8ZgxMBicQKsPd9TeAdPADNnSyH9SSUUbTVeFszDE23Ki6TBB5nCefAdHkK8Fm3qMQR6sHwA56zqRmKmxnHk37JkiFzvncDqoKmPWubu7hDF/84h/1h/0h/<0;1>/*)";

  @Test
  void scan_shouldFindPaymentsWithinTheGapAndPrintBalances(@TempDir Path dir) throws IOException {
    RegtestChain chain = new RegtestChain();
    RegtestWallet payer = new RegtestWallet(chain, "payer");
    payer.fund(2);
    Descriptor receive = Descriptor.parse(DESCRIPTOR, Network.REGTEST).expandMultipath().get(0);
    Descriptor change = Descriptor.parse(DESCRIPTOR, Network.REGTEST).expandMultipath().get(1);
    payer.pay(receive.scriptPubKeys(0).getFirst(), 1_000_000);
    payer.pay(receive.scriptPubKeys(19).getFirst(), 2_000_000);
    chain.mine(1, payer.script());
    payer.pay(receive.scriptPubKeys(38).getFirst(), 4_000_000);
    payer.pay(receive.scriptPubKeys(70).getFirst(), 8_000_000);
    payer.pay(change.scriptPubKeys(5).getFirst(), 300_000);
    chain.mine(1, payer.script());
    TestBlockFiles.write(chain, dir);

    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    int exit =
        cli.execute(
            "chain",
            "scan",
            "--source",
            "blocks:" + dir,
            "--network",
            "regtest",
            "--descriptor",
            DESCRIPTOR,
            "--gap",
            "20");
    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains(
            Sats.of(7_000_000).toBtcString() + " BTC  3 unspent output(s)  highest used index 38")
        .contains(
            Sats.of(300_000).toBtcString() + " BTC  1 unspent output(s)  highest used index 5")
        .contains(Sats.of(7_300_000).toBtcString() + " BTC  total at height " + chain.height());
  }

  @Test
  void scan_shouldRefuseABadSourceAndABadDescriptor(@TempDir Path dir) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    assertThat(
            cli.execute(
                "chain",
                "scan",
                "--source",
                "ftp:x",
                "--network",
                "regtest",
                "--descriptor",
                DESCRIPTOR))
        .isEqualTo(1);
    assertThat(
            cli.execute("chain", "scan", "--source", "blocks:" + dir, "--descriptor", "wpkh(zz)"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("unknown source kind 'ftp'").contains("invalid descriptor");
  }
}
