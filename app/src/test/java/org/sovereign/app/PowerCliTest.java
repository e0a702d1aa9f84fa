package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sovereign power plan} and {@code sovereign bench power} on tiny instances. */
class PowerCliTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void powerPlan_shouldPrintObjectiveTimeBackupAndMethodAndWriteMps() throws Exception {
    Path mps = dir.resolve("plan.mps");

    Run plan =
        run(
            "power",
            "plan",
            "--seed",
            "3",
            "--sites",
            "6",
            "--hours",
            "48",
            "--export-mps",
            mps.toString());

    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains("Problem: 6 sites on 2 grid nodes over 48 hours (seed 3)")
        .contains("Method: full LP (CLP")
        .containsPattern("Objective: \\d+\\.\\d\\d USD")
        .containsPattern("Solve time: \\d+\\.\\d\\d s")
        .containsPattern("Backup generation: \\d+\\.\\d{3} MWh")
        .contains("MPS written to " + mps);
    assertThat(Files.readString(mps)).contains("bal.N1.0", "x.S02.47");
  }

  @Test
  void powerPlanStored_shouldPlanTheRegisteredSitesOnTheImportedForecastOrSayWhatIsMissing() {
    var db = org.sovereign.platform.testing.TestPostgres.freshDatabase();
    try (SovereignRuntime runtime = SovereignRuntime.open(db)) {
      var s = runtime.services();
      var actor = org.sovereign.platform.audit.Actor.SYSTEM;
      var registry =
          new org.sovereign.power.registry.Registry(
              s.tx(), s.audit(), s.clock(), s.organisations());
      registry.addNode(actor, "SKR", "Sukkur 220 kV", 300_000L);
      registry.register(
          actor,
          new org.sovereign.power.registry.NewSite(
              "Sukkur Mining",
              "SKR",
              "mining",
              "interruptible",
              100_000L,
              null,
              10_000L,
              "17.5",
              null,
              9_048L,
              2_400L,
              8,
              null,
              true,
              null));
      registry.register(
          actor,
          new org.sovereign.power.registry.NewSite(
              "Sukkur AI",
              "SKR",
              "ai",
              "firm",
              50_000L,
              null,
              5_000L,
              null,
              "1.2",
              30_000L,
              2_400L,
              0,
              0L,
              false,
              null));
      StringBuilder csv = new StringBuilder("node,time,mw\n");
      java.time.Instant from = java.time.Instant.parse("2027-01-04T00:00:00Z");
      for (int h = 0; h < 168; h++) {
        csv.append("SKR,")
            .append(from.plusSeconds(3600L * h))
            .append(h % 24 < 8 ? ",140\n" : ",60\n");
      }
      new org.sovereign.power.forecast.StoredForecasts(s.tx(), s.audit(), s.clock())
          .importCsv(actor, csv.toString(), java.util.Map.of("SKR", registry.nodes().get(0).id()));
    }
    String url = db.jdbcUrl().orElseThrow();

    Run plan = run("power", "plan", "--stored", "--from", "2027-01-04", "--db-url", url);
    Run missing = run("power", "plan", "--stored", "--from", "2027-01-05", "--db-url", url);

    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out())
        .contains("the 2 registered sites on 1 grid nodes over 168 hours from 2027-01-04")
        .containsPattern("Objective: \\d+\\.\\d\\d USD")
        .containsPattern("Backup generation: \\d+\\.\\d{3} MWh");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("No stored surplus forecast covers every grid node");
  }

  @Test
  void powerPlan_shouldDecomposeLongHorizonsAndGiveTheSameObjective() {
    Run full =
        run("power", "plan", "--seed", "4", "--sites", "6", "--hours", "336", "--method", "full");
    Run decomposed =
        run(
            "power",
            "plan",
            "--seed",
            "4",
            "--sites",
            "6",
            "--hours",
            "336",
            "--method",
            "decomposed");

    assertThat(decomposed.exit()).as(decomposed.err()).isZero();
    assertThat(decomposed.out()).contains("Method: decomposition by node and week (CLP");
    assertThat(objective(decomposed.out())).isCloseTo(objective(full.out()), within(full.out()));
  }

  @Test
  void powerPlan_shouldRefuseAnUnknownMethodOrSolver() {
    Run method = run("power", "plan", "--sites", "2", "--hours", "24", "--method", "magic");
    Run solver = run("power", "plan", "--sites", "2", "--hours", "24", "--solver", "cplex");

    assertThat(method.exit()).isEqualTo(1);
    assertThat(method.err()).contains("unknown method 'magic'");
    assertThat(solver.exit()).isEqualTo(1);
    assertThat(solver.err()).contains("unknown LP solver 'cplex'");
  }

  @Test
  void benchCurtail_shouldDeliverEverySignedInstructionToTheSitesEndpoints() {
    Run bench = run("bench", "curtail", "--sites", "40", "--events", "2");

    assertThat(bench.exit()).as(bench.err()).isZero();
    assertThat(bench.out())
        .contains("event 1 (first after start")
        .contains("event 2: 20 instructions, 20 arrived")
        .containsPattern("within 1 s: \\d+ of 20")
        .contains("anchor: fastest commercial response known, 16 s");
  }

  @Test
  void benchPower_shouldPrintBothContendersAndTheGap() {
    Run bench = run("bench", "power", "--sites", "6", "--hours", "336", "--threads", "1");

    assertThat(bench.exit()).as(bench.err()).isZero();
    assertThat(bench.out())
        .contains("decomposition", "anchor: full LP", "relative gap to the full LP")
        .contains("gap <= 1e-04 met");
  }

  private static double objective(String out) {
    var matcher = java.util.regex.Pattern.compile("Objective: (\\S+) USD").matcher(out);
    assertThat(matcher.find()).as(out).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  private static org.assertj.core.data.Offset<Double> within(String fullOut) {
    return org.assertj.core.data.Offset.offset(Math.abs(objective(fullOut)) * 1e-4);
  }
}
