package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sovereign.base.Network;
import org.sovereign.base.Sats;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.json.Json;
import org.sovereign.reserve.proof.ProofVerifier;
import org.sovereign.reserve.proof.ReserveProof;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign reserve ...}: reserve tools for outsiders (no database needed). */
@Command(
    name = "reserve",
    mixinStandardHelpOptions = true,
    description = "Strategic Bitcoin Reserve tools.",
    subcommands = ReserveCommand.VerifyProof.class)
public final class ReserveCommand {

  /** Checks a published proof of reserves against a chain source only. */
  @Command(
      name = "verify-proof",
      mixinStandardHelpOptions = true,
      description =
          "Verify a proof of reserves (JSON) with only a chain source; exit 1 if it does not hold.")
  public static final class VerifyProof implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE",
        description = "The proof, as published at /api/v1/transparency/reserve-proof.")
    Path file;

    @ArgGroup(exclusive = false, multiplicity = "1")
    SourceOptions sourceOptions;

    @Option(
        names = "--network",
        description = "Network of the chain source (default: the proof's).")
    String network;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("no such file: " + file);
      }
      ReserveProof proof;
      try {
        proof = Json.mapper().readValue(Files.readString(file), ReserveProof.class);
      } catch (com.fasterxml.jackson.core.JacksonException e) {
        throw new IllegalArgumentException("not a proof of reserves: " + e.getOriginalMessage());
      }
      Network net = Network.parse(network != null ? network : proof.network());
      long start = System.nanoTime();
      ChainSource source =
          sourceOptions.open(
              net, new ProgressBar(spec.commandLine().getErr(), "indexing block files", 1));
      ProofVerifier.Result result = ProofVerifier.verify(proof, source);
      double seconds = (System.nanoTime() - start) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      if (result.valid()) {
        out.printf(
            "VALID: %s BTC in %d coin(s) at height %d (%s), committed to \"%s\"; checked in %.2f s%n",
            Sats.of(result.totalSat()).toBtcString(),
            result.coins(),
            proof.height(),
            proof.block_hash(),
            proof.message(),
            seconds);
        return 0;
      }
      out.println("INVALID:");
      result.problems().forEach(p -> out.println("  - " + p));
      return 1;
    }
  }
}
