package org.sovereign.app.cli;

import java.util.concurrent.Callable;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.audit.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sovereign token create}: issue a machine client's API token and print it once. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Manage machine-client API tokens.",
    subcommands = TokenCommand.Create.class)
public final class TokenCommand {

  /** {@code sovereign token create --kind KIND [--org ID] --name NAME}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = "Issue a token; it is printed once and stored only hashed.")
  public static final class Create implements Callable<Integer> {
    @Mixin ConfigOptions options;
    @Spec CommandSpec spec;

    @Option(
        names = "--kind",
        required = true,
        paramLabel = "KIND",
        description = "vasp-reporter, site-operator or monitoring.")
    String kind;

    @Option(
        names = "--org",
        paramLabel = "ID",
        description = "The organisation a vasp-reporter or site-operator token is scoped to.")
    Long org;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "What the token is for.")
    String name;

    @Override
    public Integer call() {
      ClientKind clientKind = ClientKind.parse(kind);
      OrgId orgId = org == null ? null : new OrgId(org);
      try (SovereignRuntime runtime = SovereignRuntime.open(options.load())) {
        var issued =
            runtime
                .services()
                .tokens()
                .issue(Actor.cli(System.getProperty("user.name")), clientKind, orgId, name);
        spec.commandLine()
            .getOut()
            .println(CliText.get("token.created", issued.token().id(), issued.secret()));
      }
      return 0;
    }
  }
}
