package org.sovereign.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** DeFi monitoring: a platform followed on a node, fetch alone against the whole pipeline. */
@Command(
    name = "defi",
    mixinStandardHelpOptions = true,
    description =
        "Follow a declared DeFi platform on a node (e.g. anvil filled by evm/loadgen): logs/s for"
            + " eth_getLogs alone, fetch + decode + evaluate, and end to end into PostgreSQL.")
public final class BenchDefiCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--rpc",
      description =
          "JSON-RPC URL of a node already filled (default: start the repository's anvil and fill"
              + " it with evm/loadgen).")
  String rpc;

  @Option(
      names = "--blocks",
      defaultValue = "300",
      description = "Without --rpc: blocks of load, 450 logs each (default ${DEFAULT-VALUE}).")
  int blocks;

  @Option(
      names = "--declaration",
      defaultValue = "evm/loadgen/build/declaration.json",
      description = "Platform declaration JSON (default ${DEFAULT-VALUE}).")
  java.nio.file.Path declaration;

  @Option(
      names = "--chunk",
      defaultValue = "2000",
      description = "Blocks per eth_getLogs (default ${DEFAULT-VALUE}).")
  int chunk;

  @Override
  public Integer call() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-defi");
    if (rpc != null) {
      org.sovereign.app.bench.DefiBench.run(
          spec.commandLine().getOut(), dir, rpc, declaration, chunk);
      return 0;
    }
    try (var node =
        org.sovereign.supervision.defi.testchain.AnvilNode.startFrom(java.nio.file.Path.of(""))) {
      java.nio.file.Path filled =
          org.sovereign.app.bench.LoadGen.fill(
              spec.commandLine().getOut(), node.rpcUrl(), blocks, java.nio.file.Path.of(""));
      org.sovereign.app.bench.DefiBench.run(
          spec.commandLine().getOut(), dir, node.rpcUrl(), filled, chunk);
    }
    return 0;
  }
}
