package org.sovereign.app.cli;

import java.util.concurrent.Callable;
import org.sovereign.app.SovereignRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sovereign migrate}: bring every module's schema up to date, then exit. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = "Apply database migrations and exit.")
public final class MigrateCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (SovereignRuntime runtime = SovereignRuntime.open(options.load())) {
      spec.commandLine()
          .getOut()
          .println(CliText.get("migrate.done", runtime.database().description()));
    }
    return 0;
  }
}
