package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sovereign.supervision.solvency.ProofVerifier;
import org.sovereign.supervision.solvency.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign solvency ...}: tools for customers and outsiders (no database needed). */
@Command(
    name = "solvency",
    mixinStandardHelpOptions = true,
    description = "Proof-of-solvency tools.",
    subcommands = SolvencyCommand.VerifyProof.class)
public final class SolvencyCommand {

  /** Checks a customer's inclusion proof against a published root. */
  @Command(
      name = "verify-proof",
      mixinStandardHelpOptions = true,
      description =
          "Verify an inclusion proof (JSON envelope or base64) against a published root; exit 1 if"
              + " it does not hold.")
  public static final class VerifyProof implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOF_FILE", description = "The proof the VASP gave.")
    Path file;

    @Parameters(
        index = "1",
        paramLabel = "ROOT",
        description = "The snapshot root the Authority published (64 hex digits).")
    String root;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      long start = System.nanoTime();
      Verification result = ProofVerifier.verify(text, root.strip());
      double micros = (System.nanoTime() - start) / 1e3;
      PrintWriter out = spec.commandLine().getOut();
      switch (result) {
        case Verification.Valid v -> {
          out.println(CliText.get("solvency.valid", v.customerId(), v.leafIndex(), v.depth()));
          for (int a = 0; a < v.balances().size(); a++) {
            String asset = v.assets().isEmpty() ? "#" + (a + 1) : v.assets().get(a);
            out.println(
                CliText.get(
                    "solvency.balance",
                    asset,
                    Long.toString(v.balances().get(a)),
                    Long.toString(v.rootSums().get(a))));
          }
          out.println(CliText.get("solvency.time", String.format("%.0f", micros)));
          out.flush();
          return 0;
        }
        case Verification.Invalid i -> {
          out.println(CliText.get("solvency.invalid", i.reason(), i.detail()));
          out.flush();
          return 1;
        }
      }
    }
  }
}
