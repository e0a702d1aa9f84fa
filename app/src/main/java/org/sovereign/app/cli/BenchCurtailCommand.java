package org.sovereign.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Real-time curtailment end to end: trigger to signed instruction received by the sites. */
@Command(
    name = "curtail",
    mixinStandardHelpOptions = true,
    description =
        "Curtailment requests against registered sites on a throwaway database: time from the"
            + " trigger to each signed instruction arriving at a local site endpoint.")
public final class BenchCurtailCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--sites",
      defaultValue = "1000",
      description = "Sites (default ${DEFAULT-VALUE}).")
  int sites;

  @Option(
      names = "--events",
      defaultValue = "5",
      description = "Curtailment events (default ${DEFAULT-VALUE}).")
  int events;

  @Override
  public Integer call() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sovereign-bench-curtail");
    org.sovereign.app.bench.CurtailBench.run(spec.commandLine().getOut(), dir, sites, events);
    return 0;
  }
}
