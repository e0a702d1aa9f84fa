package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sovereign.power.planning.DecompositionOptions;
import org.sovereign.power.planning.LpSolver;
import org.sovereign.power.planning.MpsExport;
import org.sovereign.power.planning.Plan;
import org.sovereign.power.planning.PlanOutcome;
import org.sovereign.power.planning.Planner;
import org.sovereign.power.planning.PlanningProblem;
import org.sovereign.power.planning.SyntheticInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sovereign power ...}: the power pillar's planning core (no server, no database). */
@Command(
    name = "power",
    mixinStandardHelpOptions = true,
    description = "Power allocation planning.",
    subcommands = PowerCommand.PlanCommand.class)
public final class PowerCommand {

  /** Plans a seeded synthetic instance and prints what the plan costs and earns. */
  @Command(
      name = "plan",
      mixinStandardHelpOptions = true,
      description =
          "Build the seeded synthetic instance, solve it, print objective, solve time, backup"
              + " MWh and the method (full LP up to 4 weeks, decomposition beyond).")
  public static final class PlanCommand implements Callable<Integer> {
    private static final int FULL_LP_HOURS = 4 * 168;

    @Spec CommandSpec spec;

    @Option(names = "--seed", defaultValue = "1", description = "Instance seed (default 1).")
    long seed;

    @Option(names = "--sites", defaultValue = "50", description = "Sites (default 50).")
    int sites;

    @Option(
        names = "--hours",
        defaultValue = "168",
        description = "Hours from 1 January (default 168; 8760 for a year).")
    int hours;

    @Option(
        names = "--method",
        defaultValue = "auto",
        description = "auto, full or decomposed (default auto).")
    String method;

    @Option(
        names = "--solver",
        description = "LP solver: CLP (default), GLOP, HIGHS or PDLP for the full LP.")
    String solver;

    @Option(names = "--export-mps", paramLabel = "FILE", description = "Also write the LP as MPS.")
    Path mps;

    @Option(
        names = "--stored",
        description =
            "Plan the registered sites and nodes on the stored surplus forecast (needs the database"
                + " options and a forecast covering every node for --hours from --from).")
    boolean stored;

    @Option(
        names = "--from",
        paramLabel = "DATE",
        description = "With --stored: the first day (YYYY-MM-DD, UTC; default today).")
    java.time.LocalDate from;

    @Mixin ConfigOptions options;

    @Override
    public Integer call() throws java.io.IOException {
      PrintWriter out = spec.commandLine().getOut();
      PlanningProblem problem;
      if (stored) {
        java.util.Optional<PlanningProblem> registered = storedProblem();
        if (registered.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println(
                  CliText.get(
                      "power.plan.no-stored", Integer.toString(hours), String.valueOf(firstDay())));
          return 2;
        }
        problem = registered.get();
        out.println(
            CliText.get(
                "power.plan.stored",
                Integer.toString(problem.sites().size()),
                Integer.toString(problem.nodes().size()),
                Integer.toString(hours),
                firstDay().toString()));
      } else {
        problem = SyntheticInstance.generate(seed, sites, hours);
        out.println(
            CliText.get(
                "power.plan.problem",
                Integer.toString(sites),
                Integer.toString(problem.nodes().size()),
                Integer.toString(hours),
                Long.toString(seed)));
      }
      if (mps != null) {
        MpsExport.write(problem, mps);
        out.println(CliText.get("power.plan.mps", mps.toString()));
      }
      PlanOutcome outcome = solve(problem);
      out.flush();
      return switch (outcome) {
        case PlanOutcome.Solved solved -> print(out, solved.plan());
        case PlanOutcome.Failed failed -> {
          spec.commandLine()
              .getErr()
              .println(CliText.get("power.plan.failed", failed.reason(), failed.detail()));
          yield 1;
        }
      };
    }

    private java.time.LocalDate firstDay() {
      return from != null ? from : java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    }

    private java.util.Optional<PlanningProblem> storedProblem() {
      try (org.sovereign.app.SovereignRuntime runtime =
          org.sovereign.app.SovereignRuntime.open(options.load())) {
        var services = runtime.services();
        var registry =
            new org.sovereign.power.registry.Registry(
                services.tx(), services.audit(), services.clock(), services.organisations());
        var forecasts =
            new org.sovereign.power.forecast.StoredForecasts(
                services.tx(), services.audit(), services.clock());
        return org.sovereign.power.registry.RegisteredPlanning.of(
                registry,
                forecasts,
                firstDay().atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                hours,
                java.util.Optional.empty(),
                org.sovereign.power.planning.FirmLevels.CONSTANT)
            .map(org.sovereign.power.registry.RegisteredPlanning.Instance::problem);
      }
    }

    private PlanOutcome solve(PlanningProblem problem) {
      LpSolver lp = solver == null ? LpSolver.CLP : LpSolver.parse(solver);
      boolean full =
          switch (method.toLowerCase(Locale.ROOT)) {
            case "auto" -> hours <= FULL_LP_HOURS;
            case "full" -> true;
            case "decomposed" -> false;
            default ->
                throw new IllegalArgumentException(
                    "unknown method '" + method + "' (expected auto, full or decomposed)");
          };
      return full
          ? Planner.solve(problem, lp)
          : Planner.solveDecomposed(problem, DecompositionOptions.defaults().withSolver(lp));
    }

    private static int print(PrintWriter out, Plan plan) {
      String currency = plan.problem().currency().name();
      out.println(CliText.get("power.plan.method", plan.method()));
      out.println(
          CliText.get(
              "power.plan.objective",
              plan.objective().toDecimal().toPlainString(),
              currency,
              plan.upperBound().toDecimal().toPlainString(),
              String.format(Locale.ROOT, "%.2e", plan.relativeGap())));
      out.println(
          CliText.get(
              "power.plan.time",
              String.format(Locale.ROOT, "%.2f", plan.solveTime().toNanos() / 1e9)));
      out.println(CliText.get("power.plan.backup", mwh(plan.backupTotal().kilowattHours())));
      out.println(
          CliText.get("power.plan.excess", mwh(plan.excessCurtailmentTotal().kilowattHours())));
      out.flush();
      return 0;
    }

    private static String mwh(long kilowattHours) {
      return BigDecimal.valueOf(kilowattHours, 3).toPlainString();
    }
  }
}
