package org.sovereign.app.cli;

import picocli.CommandLine.Command;

/** {@code sovereign demo}: serve with the demo network's users and organisations seeded. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Start the server with demo data (seeded on the first start, kept afterwards).")
public final class DemoCommand extends ServeCommand {
  @Override
  protected boolean demo() {
    return true;
  }
}
