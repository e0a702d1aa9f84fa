package org.sovereign.chain.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A loopback HTTP server answering from a function, recording the requests it saw. */
final class StubHttpServer implements AutoCloseable {
  record Request(String method, String path, String body, String authorization) {}

  record Reply(int status, byte[] body, long delayMillis) {
    static Reply json(int status, String body) {
      return new Reply(status, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    static Reply bytes(byte[] body) {
      return new Reply(200, body, 0);
    }
  }

  private final HttpServer server;
  final List<Request> requests = new ArrayList<>();

  StubHttpServer(Function<Request, Reply> handler) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> handle(exchange, handler));
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  private void handle(HttpExchange exchange, Function<Request, Reply> handler) throws IOException {
    Request request =
        new Request(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getPath(),
            new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            exchange.getRequestHeaders().getFirst("Authorization"));
    synchronized (requests) {
      requests.add(request);
    }
    Reply reply = handler.apply(request);
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.sendResponseHeaders(
        reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    if (reply.body().length > 0) {
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
