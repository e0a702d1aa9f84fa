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
 * thread, retrying with back-off; the outcome and attempts are stored. Sites without an endpoint
 * poll their instructions instead.
 */
public final class Deliveries {
  private static final long[] BACKOFF_MS = {0, 250, 1_000, 4_000};

  private final Tx tx;
  private final Clock clock;
  private final LongFunction<String> endpointOf;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public Deliveries(Tx tx, Clock clock, LongFunction<String> endpointOf) {
    this.tx = tx;
    this.clock = clock;
    this.endpointOf = endpointOf;
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
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status >= 200 && status < 300;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void record(String id, int attempts, boolean ok, boolean last) {
    tx.useTransaction(
        h ->
            h.createUpdate(
                    "UPDATE curtail_instructions SET attempts = :a, state = :s,"
                        + " delivered_at = CASE WHEN :ok THEN :at ELSE delivered_at END WHERE id = :id")
                .bind("a", attempts)
                .bind("s", ok ? "DELIVERED" : last ? "FAILED" : "PENDING")
                .bind("ok", ok)
                .bind("at", clock.instant())
                .bind("id", id)
                .execute());
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
