package org.sovereign.power.curtail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongFunction;
import org.sovereign.platform.db.Tx;

/**
 * Sends each instruction to its site's endpoint (POST, JSON payload, the Ed25519 signature in
 * {@code X-Sovereign-Signature}, the instruction id in {@code Idempotency-Key}) on a virtual
 * thread, retrying with back-off; the outcome and attempts are stored, in batches every few tens of
 * milliseconds so a curtailment of thousands of sites does not queue thousands of transactions
 * behind its sends. Sites without an endpoint poll their instructions instead.
 */
public final class Deliveries {
  private static final long[] BACKOFF_MS = {0, 250, 1_000, 4_000};

  private final Tx tx;
  private final Clock clock;
  private final LongFunction<String> endpointOf;

  /** Several clients, each with its own selector thread, so thousands of sends spread out. */
  private final HttpClient[] clients = new HttpClient[4];

  private final java.util.concurrent.LinkedBlockingQueue<Attempt> attempts =
      new java.util.concurrent.LinkedBlockingQueue<>();

  /** One send's outcome, to store. */
  private record Attempt(String id, int attempt, boolean ok, boolean last, java.time.Instant at) {}

  public Deliveries(Tx tx, Clock clock, LongFunction<String> endpointOf) {
    this.tx = tx;
    this.clock = clock;
    this.endpointOf = endpointOf;
    for (int i = 0; i < clients.length; i++) {
      clients[i] = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
    Thread.ofVirtual().name("delivery-recorder").start(this::recordLoop);
  }

  public void send(InstructionRecord r) {
    String endpoint = endpointOf.apply(r.siteId().value());
    if (endpoint == null) {
      return;
    }
    Thread.ofVirtual().name("deliver-" + r.id()).start(() -> deliver(r, endpoint));
  }

  private void deliver(InstructionRecord r, String endpoint) {
    for (int attempt = 1; attempt <= BACKOFF_MS.length; attempt++) {
      sleep(BACKOFF_MS[attempt - 1]);
      boolean ok = post(r, endpoint);
      record(r.id(), attempt, ok, ok || attempt == BACKOFF_MS.length);
      if (ok) {
        return;
      }
    }
  }

  private boolean post(InstructionRecord r, String endpoint) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(endpoint))
              .timeout(Duration.ofSeconds(3))
              .header("Content-Type", "application/json")
              .header("X-Sovereign-Signature", r.signature())
              .header("Idempotency-Key", r.id())
              .POST(HttpRequest.BodyPublishers.ofString(r.payload()))
              .build();
      HttpClient client = clients[Math.floorMod(r.siteId().value(), clients.length)];
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 300;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void record(String id, int attempt, boolean ok, boolean last) {
    attempts.add(new Attempt(id, attempt, ok, last, clock.instant()));
  }

  private void recordLoop() {
    while (true) {
      try {
        java.util.List<Attempt> batch = new java.util.ArrayList<>();
        batch.add(attempts.take());
        Thread.sleep(20);
        attempts.drainTo(batch);
        store(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(Deliveries.class)
            .warn("storing delivery outcomes failed: {}", e.getMessage());
      }
    }
  }

  private void store(java.util.List<Attempt> batch) {
    tx.useTransaction(
        h -> {
          var update =
              h.prepareBatch(
                  "UPDATE curtail_instructions SET attempts = :a, state = :s,"
                      + " delivered_at = CASE WHEN :ok THEN :at ELSE delivered_at END"
                      + " WHERE id = :id AND attempts < :a");
          for (Attempt a : batch) {
            update
                .bind("a", a.attempt())
                .bind("s", a.ok() ? "DELIVERED" : a.last() ? "FAILED" : "PENDING")
                .bind("ok", a.ok())
                .bind("at", a.at())
                .bind("id", a.id())
                .add();
          }
          update.execute();
        });
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
