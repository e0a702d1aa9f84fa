package org.sovereign.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sovereign.supervision.screening.AddressScreener;
import org.sovereign.supervision.screening.EvaluationReport;
import org.sovereign.supervision.screening.NameScreener;
import org.sovereign.supervision.screening.SanctionsLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sovereign screen ...}: sanctions screening of names and addresses (no database). */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = "Screen names and addresses against the sanctions lists.",
    subcommands = {
      ScreenCommand.Names.class,
      ScreenCommand.Addresses.class,
      ScreenCommand.Evaluate.class
    })
public final class ScreenCommand {

  /** One NDJSON query per line in, one JSON line of hits per query out. */
  @Command(
      name = "names",
      mixinStandardHelpOptions = true,
      description =
          "Screen names: FILE has one JSON object per line with \"query\" and optional \"dob\""
              + " (YYYY[-MM[-DD]]), \"country\", \"type\" and \"id\"; prints one JSON line each.")
  public static final class Names implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsOptions lists;

    @Parameters(index = "0", paramLabel = "FILE", description = "NDJSON queries ('-' for stdin).")
    Path file;

    @Option(
        names = "--threshold",
        paramLabel = "SCORE",
        description = "Lowest score reported (default: the screener's, 0.88).")
    Double threshold;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      NameScreener screener = NameScreener.of(lists.load(spec.commandLine().getErr()));
      NameScreener used = threshold == null ? screener : screener.withThreshold(threshold);
      forEachLine(
          file,
          (line, number) -> {
            ScreeningJson.Query query = ScreeningJson.query(line, where(file) + " line " + number);
            out.println(ScreeningJson.names(query, used.screen(query.query())));
          });
      out.flush();
      return 0;
    }
  }

  /** One address per line in, one JSON line of listings per address out. */
  @Command(
      name = "addresses",
      mixinStandardHelpOptions = true,
      description = "Screen addresses: FILE has one address per line; prints one JSON line each.")
  public static final class Addresses implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsOptions lists;

    @Parameters(index = "0", paramLabel = "FILE", description = "Addresses ('-' for stdin).")
    Path file;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      AddressScreener screener = AddressScreener.of(lists.load(spec.commandLine().getErr()));
      forEachLine(
          file,
          (line, number) -> {
            String address = line.strip();
            out.println(ScreeningJson.address(address, screener.screen(address)));
          });
      out.flush();
      return 0;
    }
  }

  /** The evaluation of docs/screening.md: precision and recall over a threshold sweep. */
  @Command(
      name = "evaluate",
      mixinStandardHelpOptions = true,
      description =
          "Precision and recall of name screening on the seeded evaluation set drawn from the"
              + " lists.")
  public static final class Evaluate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ListsOptions lists;

    @Option(names = "--seed", defaultValue = "20261129", description = "Default ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--listed", defaultValue = "2000", description = "Default ${DEFAULT-VALUE}.")
    int listed;

    @Option(names = "--unlisted", defaultValue = "2000", description = "Default ${DEFAULT-VALUE}.")
    int unlisted;

    @Override
    public Integer call() {
      SanctionsLists loaded = lists.load(spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      for (EvaluationReport report : ScreeningJson.evaluate(loaded, seed, listed, unlisted)) {
        out.println(report);
        if (report.threshold() == NameScreener.DEFAULT_THRESHOLD) {
          report.byKind().forEach((kind, rate) -> out.printf("    %-20s %.3f%n", kind, rate));
        }
      }
      out.flush();
      return 0;
    }
  }

  /** Receives one non-blank line and its number. */
  interface LineHandler {
    void line(String line, long number);
  }

  private static String where(Path file) {
    return file.toString().equals("-") ? "stdin" : file.toString();
  }

  static void forEachLine(Path file, LineHandler handler) throws IOException {
    boolean stdin = file.toString().equals("-");
    if (!stdin && !Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    try (BufferedReader reader =
        stdin
            ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank()) {
          handler.line(line, number);
        }
      }
    }
  }
}
