package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.audit.AuditVerification;
import org.sovereign.platform.audit.AuditVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sovereign audit verify}: recompute the audit chain; exit 1 at the first broken link. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the audit chain.",
    subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

  /** Recomputes every entry's hash from the first and reports the first broken link. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Recompute the whole chain; exit 1 if it is broken.")
  public static final class Verify implements Callable<Integer> {
    @Mixin ConfigOptions options;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (SovereignRuntime runtime = SovereignRuntime.open(options.load())) {
        long total = runtime.services().tx().read(AuditLog::head).seq();
        ProgressBar bar =
            new ProgressBar(spec.commandLine().getErr(), CliText.get("audit.progress"), total);
        AuditVerification result =
            runtime.services().tx().read(h -> AuditVerifier.verify(h, bar::update));
        bar.finish(result.entriesChecked());
        if (result.intact()) {
          out.println(
              CliText.get(
                  "audit.intact", result.entriesChecked(), result.headSeq(), result.headHash()));
          return 0;
        }
        var broken = result.firstBroken().orElseThrow();
        out.println(
            CliText.get("audit.broken", broken.seq(), broken.reason(), broken.explanation()));
        return 1;
      }
    }
  }
}
