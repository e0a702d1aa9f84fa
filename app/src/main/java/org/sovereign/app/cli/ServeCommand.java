package org.sovereign.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sovereign.app.Bootstrap;
import org.sovereign.app.DemoData;
import org.sovereign.app.ScreeningLists;
import org.sovereign.app.SovereignRuntime;
import org.sovereign.app.chain.ChainSettings;
import org.sovereign.platform.config.SovereignConfig;
import org.sovereign.platform.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sovereign serve}: migrate, start the server, print where and how to sign in, run. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the server (migrates the database first).")
public class ServeCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "HTTP port (default 8080; 0 picks a free one).")
  Integer port;

  @Spec CommandSpec spec;

  protected boolean demo() {
    return false;
  }

  @Override
  public Integer call() throws InterruptedException {
    SovereignConfig config = options.load();
    if (port != null) {
      config = config.withHttpPort(port);
    }
    PrintWriter out = spec.commandLine().getOut();
    SovereignRuntime runtime =
        SovereignRuntime.open(
            config, ScreeningLists.from(options.source(), config.dataDirectory(), demo()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runtime.close();
                  stopped.countDown();
                },
                "sovereign-shutdown"));
    Optional<String> adminPassword = Bootstrap.firstAdmin(runtime.services().accounts());
    var follower =
        runtime.startChain(
            ChainSettings.from(options.source(), demo() ? ChainSettings.DEMO : ChainSettings.NONE));
    Map<String, String> demoPasswords = demo() ? DemoData.seed(runtime) : Map.of();
    if (demo()) {
      org.sovereign.app.DemoDefi.start(runtime, java.nio.file.Path.of(""));
    }
    if (follower != null) {
      follower.syncOnce();
    }
    WebServer server = runtime.startServer();
    printWelcome(out, config, server.port(), adminPassword, demoPasswords);
    stopped.await();
    return 0;
  }

  private void printWelcome(
      PrintWriter out,
      SovereignConfig config,
      int port,
      Optional<String> adminPassword,
      Map<String, String> demoPasswords) {
    String host = config.httpHost().equals("0.0.0.0") ? "127.0.0.1" : config.httpHost();
    out.println();
    out.println(CliText.get("serve.running", "http://" + host + ":" + port + "/"));
    out.println(CliText.get("serve.database", runtime(config)));
    if (adminPassword.isPresent()) {
      out.println(CliText.get("serve.admin.otp", Bootstrap.FIRST_ADMIN, adminPassword.get()));
    } else {
      out.println(CliText.get("serve.admin.known"));
    }
    if (!demoPasswords.isEmpty()) {
      out.println(CliText.get("serve.demo.users"));
      demoPasswords.forEach((user, password) -> out.println("    " + user + "  " + password));
    }
    if (demo()) {
      out.println(CliText.get("serve.demo.walkthrough"));
    }
    out.println(CliText.get("serve.stop"));
    out.flush();
  }

  private static String runtime(SovereignConfig config) {
    return config
        .jdbcUrl()
        .orElse("embedded PostgreSQL in " + config.dataDirectory().toAbsolutePath());
  }
}
