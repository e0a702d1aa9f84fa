package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.descriptor.DescriptorException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign chain derive}: addresses of an output descriptor, one per line. */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description = "Print the addresses of an output descriptor, one per line.")
public final class DeriveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DESCRIPTOR",
      description = "e.g. wsh(sortedmulti(2,[fp/48h/0h/0h/2h]xpub.../<0;1>/*,...))#checksum")
  String descriptor;

  @Option(
      names = "--network",
      defaultValue = "main",
      description = "main, test, signet or regtest (default ${DEFAULT-VALUE}).")
  String network;

  @Option(
      names = "--from",
      defaultValue = "0",
      description = "First child index (default ${DEFAULT-VALUE}).")
  int from;

  @Option(
      names = "--count",
      defaultValue = "10",
      description = "How many addresses (default ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--branch",
      defaultValue = "0",
      description = "For a multipath descriptor <0;1>: which branch (0 receive, 1 change).")
  int branch;

  @Override
  public Integer call() {
    Network net = Network.parse(network);
    if (from < 0 || count < 0 || (long) from + count > 0x80000000L) {
      throw new IllegalArgumentException(
          "--from and --count must stay within child indices 0..2^31-1");
    }
    Descriptor parsed;
    try {
      parsed = Descriptor.parse(descriptor, net);
    } catch (DescriptorException e) {
      throw new IllegalArgumentException("invalid descriptor: " + e.getMessage(), e);
    }
    if (parsed.isMultipath()) {
      List<Descriptor> branches = parsed.expandMultipath();
      if (branch < 0 || branch >= branches.size()) {
        throw new IllegalArgumentException(
            "--branch must be between 0 and " + (branches.size() - 1));
      }
      parsed = branches.get(branch);
    }
    PrintWriter out = spec.commandLine().getOut();
    int n = parsed.isRanged() ? count : Math.min(count, 1);
    for (int i = 0; i < n; i++) {
      out.println(parsed.address(from + i, net));
    }
    out.flush();
    return 0;
  }
}
