package org.sovereign.app;

import org.sovereign.app.cli.AuditCommand;
import org.sovereign.app.cli.BenchCommand;
import org.sovereign.app.cli.ChainCommand;
import org.sovereign.app.cli.DemoCommand;
import org.sovereign.app.cli.DemoSignCommand;
import org.sovereign.app.cli.MigrateCommand;
import org.sovereign.app.cli.ReserveCommand;
import org.sovereign.app.cli.ScreenCommand;
import org.sovereign.app.cli.ServeCommand;
import org.sovereign.app.cli.SolvencyCommand;
import org.sovereign.app.cli.TokenCommand;
import org.sovereign.app.cli.UserCommand;
import org.sovereign.chain.scan.MalformedBlockException;
import org.sovereign.platform.config.ConfigException;
import org.sovereign.platform.errors.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sovereign} executable. Exit codes: 0 ok, 1 failure, 2 bad usage. */
@Command(
    name = "sovereign",
    mixinStandardHelpOptions = true,
    version = "Sovereign 0.1.0",
    description = "The open platform a nation runs its digital-asset program on.",
    subcommands = {
      ServeCommand.class,
      DemoCommand.class,
      DemoSignCommand.class,
      MigrateCommand.class,
      UserCommand.class,
      TokenCommand.class,
      AuditCommand.class,
      BenchCommand.class,
      ChainCommand.class,
      ReserveCommand.class,
      org.sovereign.app.cli.PowerCommand.class,
      SolvencyCommand.class,
      ScreenCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof DomainException
              || e instanceof ConfigException
              || e instanceof IllegalArgumentException
              || e instanceof MalformedBlockException
              || e instanceof java.io.IOException) {
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, e.g. 'sovereign demo'");
  }
}
