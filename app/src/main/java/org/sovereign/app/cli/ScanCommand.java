package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sovereign.base.Network;
import org.sovereign.base.Sats;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.descriptor.DescriptorException;
import org.sovereign.chain.index.MemoryScan;
import org.sovereign.chain.source.BlockFileSource;
import org.sovereign.chain.source.ChainSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sovereign chain scan}: backfill a range of blocks for descriptors and print balances. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description =
        "Scan blocks for the scripts of output descriptors and print their balances (no database needed).")
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "1")
  SourceOptions sourceOptions;

  @Option(
      names = "--descriptor",
      required = true,
      paramLabel = "DESCRIPTOR",
      description = "A ranged or fixed descriptor; multipath <0;1> scans every branch. Repeatable.")
  List<String> descriptors;

  @Option(
      names = "--network",
      defaultValue = "main",
      description = "main, test, signet or regtest (default ${DEFAULT-VALUE}).")
  String network;

  @Option(
      names = "--gap",
      defaultValue = "20",
      description = "Gap limit (default ${DEFAULT-VALUE}).")
  int gap;

  @Option(
      names = "--from-height",
      defaultValue = "0",
      description = "First height to scan (default ${DEFAULT-VALUE}).")
  int from;

  @Option(
      names = "--to-height",
      defaultValue = "-1",
      description = "Last height (default: the source's tip).")
  int to;

  @Override
  public Integer call() throws Exception {
    Network net = Network.parse(network);
    if (gap < 1 || gap > 100_000) {
      throw new IllegalArgumentException("--gap must be between 1 and 100000");
    }
    Map<String, Descriptor> parsed = expand(net);
    PrintWriter err = spec.commandLine().getErr();
    ChainSource source = sourceOptions.open(net, new ProgressBar(err, "indexing block files", 1));
    if (source instanceof BlockFileSource files) {
      err.println();
      err.printf(
          "%,d blocks in the files, best chain to height %,d%n",
          files.blockCount(), files.tipHeight());
    }
    int last = to < 0 ? source.tipHeight() : Math.min(to, source.tipHeight());
    if (from < 0 || from > last) {
      throw new IllegalArgumentException("--from-height must be between 0 and " + last);
    }
    MemoryScan scan =
        new MemoryScan(
            new ArrayList<>(parsed.keySet()),
            (d, i) -> parsed.get(d).scriptPubKeys(i).getFirst(),
            gap);
    BlockProgress progress = new BlockProgress(err, from, last);
    scan.scan(source, from, last, progress::update);
    progress.finish();
    print(scan.balances(), last);
    return 0;
  }

  private Map<String, Descriptor> expand(Network net) {
    Map<String, Descriptor> parsed = new java.util.LinkedHashMap<>();
    for (String text : descriptors) {
      Descriptor descriptor;
      try {
        descriptor = Descriptor.parse(text, net);
      } catch (DescriptorException e) {
        throw new IllegalArgumentException("invalid descriptor: " + e.getMessage(), e);
      }
      for (Descriptor branch :
          descriptor.isMultipath() ? descriptor.expandMultipath() : List.of(descriptor)) {
        parsed.put(branch.toString(), branch);
      }
    }
    return parsed;
  }

  private void print(List<MemoryScan.Balance> balances, int height) {
    PrintWriter out = spec.commandLine().getOut();
    long total = 0;
    for (MemoryScan.Balance b : balances) {
      out.printf(
          "%s BTC  %d unspent output(s)  highest used index %d  %s%n",
          Sats.of(b.valueSat()).toBtcString(), b.outputs(), b.highestUsedIndex(), b.descriptor());
      total += b.valueSat();
    }
    out.printf("%s BTC  total at height %d%n", Sats.of(total).toBtcString(), height);
    out.flush();
  }
}
