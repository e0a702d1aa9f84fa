package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.testing.TestPostgres;

/**
 * Kills transaction monitoring with SIGKILL mid-stream and restarts it: the alerts are exactly
 * those of an uninterrupted run, so the rebuilt windows lost nothing and counted nothing twice.
 */
class AmlCrashTest {
  private static final int TRIALS = 4;

  @Test
  void killNineDuringMonitoring_shouldRaiseExactlyTheAlertsOfACleanRun() throws Exception {
    String cleanUrl = TestPostgres.freshDatabase().jdbcUrl().orElseThrow();
    Process clean = start(cleanUrl, true);
    assertThat(clean.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(clean.exitValue()).isZero();
    List<String> expected = alerts(cleanUrl);
    assertThat(expected).as("the scenario raises alerts").hasSizeGreaterThan(10);

    Random random = new Random(7);
    List<Long> storedWhenKilled = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      String url = TestPostgres.freshDatabase().jdbcUrl().orElseThrow();
      Process child = start(url, false);
      waitForReady(child);
      Thread.sleep(100 + random.nextInt(600));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      storedWhenKilled.add(count(url));
      Process restarted = start(url, true);
      assertThat(restarted.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(restarted.exitValue()).isZero();
      assertThat(count(url)).isEqualTo(AmlCrashScenario.TRANSFERS);
      assertThat(alerts(url)).as("trial " + trial).isEqualTo(expected);
    }
    System.out.println("transfers stored when killed: " + storedWhenKilled);
    assertThat(storedWhenKilled).anyMatch(n -> n > 0 && n < AmlCrashScenario.TRANSFERS);
  }

  private static List<String> alerts(String url) throws Exception {
    try (var c = DriverManager.getConnection(url, "postgres", "");
        var s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT t.transfer_id || ' ' || a.typology FROM supervision.aml_alerts a"
                    + " JOIN supervision.transfers t ON t.id = a.transfer_id ORDER BY t.occurred_at, a.typology")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }

  private static long count(String url) throws Exception {
    try (var c = DriverManager.getConnection(url, "postgres", "");
        var s = c.createStatement()) {
      var exists = s.executeQuery("SELECT to_regclass('supervision.transfers') IS NOT NULL");
      exists.next();
      if (!exists.getBoolean(1)) {
        return 0;
      }
      var rs = s.executeQuery("SELECT count(*) FROM supervision.transfers");
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Process start(String url, boolean discardOutput) throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java, "-cp", classpath, "-Xmx256m", AmlCrashScenario.class.getName(), url)
            .redirectErrorStream(true);
    if (discardOutput) {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    return builder.start();
  }

  private static void waitForReady(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("ready")) {
        Thread.ofVirtual().start(() -> drain(out));
        return;
      }
    }
    throw new AssertionError("the child exited before it was ready");
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // keep the pipe empty so the child never blocks on its output
      }
    } catch (java.io.IOException e) {
      // the child was killed
    }
  }
}
