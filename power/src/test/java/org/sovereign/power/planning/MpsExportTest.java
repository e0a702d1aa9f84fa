package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.sovereign.power.planning.Problems.solved;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MPS file an auditor gets, re-solved by Debian's command-line solvers when installed. */
class MpsExportTest {
  private static final PlanningProblem TINY = SyntheticInstance.generate(3, 4, 48);

  @TempDir Path dir;

  @Test
  void mps_shouldNameRowsAndColumnsAfterNodesSitesAndHours() {
    String mps = MpsExport.mps(TINY);

    assertThat(mps)
        .contains("ROWS", "COLUMNS", "RHS", "bal.N1.0", "bal.N1.47", "x.S02.0", "f.S01.0")
        .contains("minimise the negated objective")
        .doesNotContain("OBJSENSE");
  }

  @Test
  void clp_shouldReachTheSameOptimumFromTheFile() throws Exception {
    Path clp = installed("clp", "coinor-clp");
    Path file = written();

    String out = run(List.of(clp.toString(), file.toString(), "-dualsimplex"));

    assertSameOptimum(number(out, "Optimal objective\\s+(\\S+)"));
  }

  @Test
  void glpsol_shouldReachTheSameOptimumFromTheFile() throws Exception {
    Path glpsol = installed("glpsol", "glpk-utils");
    Path file = written();
    Path report = dir.resolve("glpsol.txt");

    run(List.of(glpsol.toString(), "--freemps", file.toString(), "-o", report.toString()));

    String text = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(text).contains("Status:     OPTIMAL");
    assertSameOptimum(number(text, "Objective:\\s+COST = (\\S+)"));
  }

  private Path written() throws IOException {
    Path file = dir.resolve("plan.mps");
    MpsExport.write(TINY, file);
    return file;
  }

  private static void assertSameOptimum(double fileOptimum) {
    double ours = solved(Planner.solve(TINY, LpSolver.CLP)).objective().minor() / 100.0;
    assertThat(-fileOptimum).isCloseTo(ours, org.assertj.core.data.Percentage.withPercentage(1e-4));
  }

  private static Path installed(String tool, String debianPackage) {
    Optional<Path> found =
        Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
            .map(p -> Path.of(p, tool))
            .filter(Files::isExecutable)
            .findFirst();
    assumeThat(found)
        .as(
            tool
                + " is not installed (Debian package "
                + debianPackage
                + "); skipping the"
                + " independent re-solve of the exported MPS file")
        .isPresent();
    return found.orElseThrow();
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out;
  }

  private static double number(String text, String pattern) {
    Matcher matcher = Pattern.compile(pattern).matcher(text);
    assertThat(matcher.find()).as(text).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
