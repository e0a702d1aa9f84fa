package org.sovereign.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.testing.TestPostgres;
import picocli.CommandLine;

/** The sovereign command line: exit codes, user and token creation, audit verification. */
class CliTest {
  private static SovereignConfig db;

  @BeforeAll
  static void database() {
    db = TestPostgres.freshDatabase();
  }

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

  private static String[] withDb(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db-url";
    all[args.length + 1] = db.jdbcUrl().orElseThrow();
    return all;
  }

  @Test
  void help_shouldExitZeroAndListTheCommands() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("serve", "demo", "migrate", "user", "token", "audit");
    assertThat(run("audit", "verify", "--help").exit()).isZero();
  }

  @Test
  void badUsage_shouldExitTwo() {
    assertThat(run("frobnicate").exit()).isEqualTo(2);
    assertThat(run("user", "add").exit()).isEqualTo(2);
    assertThat(run().exit()).isEqualTo(2);
  }

  @Test
  void userAdd_shouldPrintAOneTimePasswordOnce() {
    Run added =
        run(
            withDb(
                "user",
                "add",
                "treasurer",
                "--name",
                "Treasury Officer",
                "--role",
                "reserve-officer,reserve-approver"));
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("'treasurer' created")
        .containsPattern("[A-Za-z0-9]{5}-[A-Za-z0-9]{5}");
    Run again = run(withDb("user", "add", "treasurer", "--role", "auditor"));
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
    Run badRole = run(withDb("user", "add", "someone", "--role", "emperor"));
    assertThat(badRole.exit()).isEqualTo(1);
    assertThat(badRole.err()).contains("'emperor'");
  }

  @Test
  void tokenCreate_shouldRefuseAnUnscopedReporter() {
    Run run = run(withDb("token", "create", "--kind", "vasp-reporter", "--name", "x"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("must be scoped");
    Run monitoring = run(withDb("token", "create", "--kind", "monitoring", "--name", "prometheus"));
    assertThat(monitoring.exit()).isZero();
    assertThat(monitoring.out()).contains("sov_");
  }

  @Test
  void auditVerify_shouldCatchARowEditedInPostgres() throws Exception {
    SovereignConfig own = TestPostgres.freshDatabase();
    String url = own.jdbcUrl().orElseThrow();
    assertThat(run("user", "add", "first", "--role", "admin", "--db-url", url).exit()).isZero();
    assertThat(run("user", "add", "second", "--role", "auditor", "--db-url", url).exit()).isZero();
    Run intact = run("audit", "verify", "--db-url", url);
    assertThat(intact.exit()).isZero();
    assertThat(intact.out()).contains("intact: 2 entries");

    try (var connection = DriverManager.getConnection(url, "postgres", "");
        var statement = connection.createStatement()) {
      statement.executeUpdate(
          "UPDATE platform.audit_log SET detail = replace(detail, 'AUDITOR', 'ADMIN') WHERE seq = 2");
    }
    Run broken = run("audit", "verify", "--db-url", url);
    assertThat(broken.exit()).isEqualTo(1);
    assertThat(broken.out()).contains("BROKEN at entry 2").contains("DIGEST_MISMATCH");
  }

  @Test
  void configErrors_shouldExitOneWithTheKey() {
    Run run = run("migrate", "--config", Path.of("/nonexistent/sovereign.properties").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("does not exist");
  }
}
