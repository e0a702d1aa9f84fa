package org.sovereign.supervision.defi.testchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A local anvil node on 127.0.0.1 and a free port: automine (a block per transaction, until a
 * caller turns it off), chain id 31337, dev accounts from the well-known test mnemonic. Closing it
 * stops the process; so does the JVM's shutdown if nobody closed it.
 */
public final class AnvilNode implements AutoCloseable {
  public static final long CHAIN_ID = 31_337;
  public static final int ACCOUNTS = 20;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final int START_ATTEMPTS = 3;

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private AnvilNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(process::destroyForcibly, "anvil-" + port + "-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts the anvil of the {@code evm/} directory found from {@code start}, if installed. */
  public static Optional<AnvilNode> startIfInstalled(Path start) {
    return EvmHome.find(start)
        .map(EvmHome::anvil)
        .filter(Files::isExecutable)
        .map(AnvilNode::start);
  }

  /** Starts the anvil of the {@code evm/} directory found from {@code start}, or says why not. */
  public static AnvilNode startFrom(Path start) {
    Path binary =
        EvmHome.find(start)
            .map(EvmHome::anvil)
            .orElseThrow(
                () ->
                    new TestChainException(
                        "anvil not found: no evm/ directory in "
                            + start.toAbsolutePath().normalize()
                            + " or its parents — run bin/evm-setup in the repository"));
    return start(binary);
  }

  /** Starts the anvil binary at {@code binary} on a free port and waits until it answers. */
  public static AnvilNode start(Path binary) {
    if (!Files.isExecutable(binary)) {
      throw new TestChainException("anvil not found at " + binary + " — run bin/evm-setup");
    }
    TestChainException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      AnvilNode node = launch(binary, freePort());
      try {
        node.awaitReady();
        return node;
      } catch (TestChainException e) {
        node.close();
        last = e; // most likely another process took the port between probe and bind
      }
    }
    throw last;
  }

  public String rpcUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook is running or has run; nothing left to undo
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // a temp file; the OS cleans it eventually
    }
  }

  private static AnvilNode launch(Path binary, int port) {
    try {
      Path log = Files.createTempFile("anvil-" + port + "-", ".log");
      Process process =
          new ProcessBuilder(command(binary, port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      return new AnvilNode(process, port, log);
    } catch (IOException e) {
      throw new TestChainException("could not start anvil at " + binary + ": " + e.getMessage(), e);
    }
  }

  private static List<String> command(Path binary, int port) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--silent"));
    command.addAll(List.of("--chain-id", Long.toString(CHAIN_ID)));
    command.addAll(List.of("--accounts", Integer.toString(ACCOUNTS)));
    command.addAll(List.of("--mnemonic", EvmAccounts.MNEMONIC));
    // Blocks list their transactions in the order they were sent, so reruns build the same chain.
    command.addAll(List.of("--order", "fifo"));
    return command;
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest chainId =
        HttpRequest.newBuilder(URI.create(rpcUrl()))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(2))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
            .build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new TestChainException(
            "anvil exited with code " + process.exitValue() + " before answering: " + logTail());
      }
      if (answers(http, chainId)) {
        return;
      }
      pause(Duration.ofMillis(50));
    }
    throw new TestChainException(
        "anvil did not answer eth_chainId at "
            + rpcUrl()
            + " within "
            + READY_TIMEOUT.toSeconds()
            + " s: "
            + logTail());
  }

  private static boolean answers(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("\"result\"");
    } catch (IOException notYetListening) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestChainException("interrupted while waiting for anvil at " + request.uri());
    }
  }

  private String logTail() {
    try {
      String text = Files.readString(log, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "(no output)" : text.substring(Math.max(0, text.length() - 2000));
    } catch (IOException e) {
      return "(output unreadable: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port for anvil", e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestChainException("interrupted while waiting for anvil");
    }
  }
}
