package org.sovereign.app.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.platform.accounts.Accounts;
import org.sovereign.platform.audit.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign user add}: create a console user and print their one-time password. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Manage console users.",
    subcommands = UserCommand.Add.class)
public final class UserCommand {

  /** {@code sovereign user add USERNAME --role ROLE...}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Create a user with a one-time password.")
  public static final class Add implements Callable<Integer> {
    @Mixin ConfigOptions options;
    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "USERNAME",
        description = "Lower-case letters, digits, '.', '_' or '-'.")
    String username;

    @Option(
        names = "--name",
        paramLabel = "NAME",
        description = "Display name (default: the username).")
    String displayName;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        required = true,
        split = ",",
        description =
            "One or more of: admin, reserve-officer, reserve-approver, supervisor, analyst,"
                + " grid-operator, auditor.")
    List<String> roles;

    @Override
    public Integer call() {
      var roleSet = Accounts.parseRoles(roles);
      try (SovereignRuntime runtime = SovereignRuntime.open(options.load())) {
        var created =
            runtime
                .services()
                .accounts()
                .create(
                    Actor.cli(System.getProperty("user.name")),
                    username,
                    displayName == null ? username : displayName,
                    roleSet);
        spec.commandLine()
            .getOut()
            .println(
                CliText.get("user.created", created.user().username(), created.oneTimePassword()));
      }
      return 0;
    }
  }
}
