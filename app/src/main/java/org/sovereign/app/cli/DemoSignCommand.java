package org.sovereign.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.sovereign.app.chain.DemoSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sovereign demo-sign}: a demo custodian's signing device. Signs a spend or attestation PSBT
 * with the custodian's demo key, outside the server, as a hardware signer would.
 */
@Command(
    name = "demo-sign",
    mixinStandardHelpOptions = true,
    description =
        "Sign a PSBT as one of the demo's custodians (their keys come from public demo seeds: never"
            + " use them for real coins).")
public final class DemoSignCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--custodian",
      required = true,
      description = "Which demo custodian signs: 0, 1 or 2.")
  int custodian;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The PSBT (binary .psbt or base64 text); - reads standard input.")
  String file;

  @Option(
      names = "--out",
      description = "Write the signed PSBT here as a binary .psbt (default: base64 on stdout).")
  Path out;

  @Override
  public Integer call() throws Exception {
    DemoSigner signer = new DemoSigner(custodian);
    byte[] content;
    if ("-".equals(file)) {
      content = System.in.readAllBytes();
    } else {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        throw new IllegalArgumentException("no such file: " + path);
      }
      content = Files.readAllBytes(path);
    }
    DemoSigner.Signed signed = signer.sign(DemoSigner.readPsbt(content));
    spec.commandLine()
        .getErr()
        .println(CliText.get("demo.sign.done", signer.fingerprint(), signed.inputsSigned()));
    if (out != null) {
      Files.write(out, signed.psbt());
    } else {
      spec.commandLine().getOut().println(Base64.getEncoder().encodeToString(signed.psbt()));
    }
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().flush();
    return signed.inputsSigned() > 0 ? 0 : 1;
  }
}
