package org.sovereign.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.sovereign.supervision.defi.testchain.EvmHome;

/** Runs {@code evm/loadgen/loadgen.mjs} (Node.js) to fill a local node with DeFi log load. */
public final class LoadGen {
  private static final int ROUNDS_PER_BLOCK = 75;

  private LoadGen() {}

  /** Fills the node at {@code rpcUrl} with {@code blocks} blocks; returns the declaration file. */
  public static Path fill(PrintWriter out, String rpcUrl, int blocks, Path from)
      throws IOException, InterruptedException {
    EvmHome home = EvmHome.require(from);
    Path script = home.dir().resolve("loadgen/loadgen.mjs");
    out.printf(
        "Filling %s with %,d blocks of %,d logs (evm/loadgen)...%n",
        rpcUrl, blocks, ROUNDS_PER_BLOCK * 6);
    out.flush();
    Process p =
        new ProcessBuilder(
                "node",
                script.toString(),
                rpcUrl,
                Integer.toString(blocks),
                Integer.toString(ROUNDS_PER_BLOCK))
            .directory(home.dir().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException(
          "evm/loadgen failed (exit "
              + (p.isAlive() ? "timeout" : p.exitValue())
              + "): run it by hand to see why: node "
              + script
              + " "
              + rpcUrl
              + " "
              + blocks
              + " "
              + ROUNDS_PER_BLOCK);
    }
    return home.dir().resolve("loadgen/build/declaration.json");
  }
}
