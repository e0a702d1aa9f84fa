package org.sovereign.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sovereign.app.supervision.VaspFixture.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;

/**
 * Liability snapshots: streamed CSV and NDJSON, every bad input named by its line with nothing
 * stored, the same file twice is one snapshot, and a reporter reaches only its own VASP.
 */
class SnapshotIntakeTest {
  private static final String CUTOFF = Instant.now().truncatedTo(ChronoUnit.DAYS).toString();
  private static WebFixture web;
  private static VaspFixture.Vasp alpha;
  private static VaspFixture.Vasp beta;

  @BeforeAll
  static void start() {
    web = new WebFixture();
    alpha = VaspFixture.registered(web, "Alpha Exchange Ltd");
    beta = VaspFixture.registered(web, "Beta Exchange Ltd");
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static HttpResponse<String> upload(
      VaspFixture.Vasp as, long vasp, String type, String query, String body) {
    return as.reporter()
        .send("POST", "/api/v1/vasps/" + vasp + "/snapshots?cutoff=" + CUTOFF + query, type, body);
  }

  private static HttpResponse<String> csv(String body) {
    return upload(alpha, alpha.id(), "text/csv", "", body);
  }

  private static long stored(String table) {
    return web.services()
        .tx()
        .read(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
  }

  @Test
  void csvSnapshot_shouldBeStoredOnceWithItsTotals() {
    String file = "customer_id,BTC,USDT\nc-001,150000000,2500000\n\"c,002\",0,990000\nc-003,5,0\n";
    HttpResponse<String> first = csv(file);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    var snapshot = json(first);
    assertThat(snapshot.get("customers").asLong()).isEqualTo(3);
    assertThat(snapshot.at("/totals/BTC").asText()).isEqualTo("150000005");
    assertThat(snapshot.at("/totals/USDT").asText()).isEqualTo("3490000");

    HttpResponse<String> again = csv(file);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("id").asLong()).isEqualTo(snapshot.get("id").asLong());
  }

  @Test
  void ndjsonSnapshot_shouldReadDeclaredAssetsAndDefaultMissingOnesToZero() {
    String file =
        "{\"customer_id\":\"n-1\",\"balances\":{\"BTC\":\"100\",\"ETH\":7}}\n"
            + "\n{\"customer_id\":\"n-2\",\"balances\":{\"ETH\":\"3\"}}\n";
    HttpResponse<String> r =
        upload(alpha, alpha.id(), "application/x-ndjson", "&assets=BTC,ETH", file);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).at("/totals/BTC").asText()).isEqualTo("100");
    assertThat(json(r).at("/totals/ETH").asText()).isEqualTo("10");
  }

  @Test
  void badInput_shouldNameTheLineAndStoreNothing() {
    long snapshots = stored("liability_snapshots");
    long customers = stored("snapshot_customers");
    record Case(String file, int line, String says) {}
    List<Case> cases =
        List.of(
            new Case("customer_id,BTC\nc1,10\nc2,-5\n", 3, "negative"),
            new Case("customer_id,BTC\nc1,10\nc2,20\nc1,30\n", 4, "already appears on line 2"),
            new Case("customer_id,BTC,DOGE\nc1,10,1\n", 1, "unknown asset 'DOGE'"),
            new Case("customer_id,BTC\nc1,9223372036854775807\nc2,1\n", 3, "overflows 64 bits"),
            new Case("customer_id,BTC\nc1,99999999999999999999\n", 2, "does not fit in 64 bits"),
            new Case("customer_id,BTC\nc1,1.5\n", 2, "not a whole number"),
            new Case("customer_id,BTC\nc1,1,2\n", 2, "expected 2 columns"),
            new Case("customer_id,BTC\n,5\n", 2, "customer id is empty"),
            new Case("customer_id,BTC,BTC\nc1,1,1\n", 1, "appears twice"),
            new Case("", 1, "empty"),
            new Case("customer_id,BTC\n", 1, "no customers"));
    for (Case c : cases) {
      HttpResponse<String> r = csv(c.file());
      assertThat(r.statusCode()).as(c.file() + " → " + r.body()).isEqualTo(422);
      assertThat(json(r).get("field").asText()).as(r.body()).isEqualTo("line:" + c.line());
      assertThat(json(r).get("detail").asText()).contains(c.says());
    }
    HttpResponse<String> ndjson =
        upload(
            alpha,
            alpha.id(),
            "application/x-ndjson",
            "&assets=BTC",
            "{\"customer_id\":\"a\",\"balances\":{\"BTC\":1}}\n{\"customer_id\":\"b\",\"balances\":{\"USDT\":1}}\n");
    assertThat(json(ndjson).get("field").asText()).isEqualTo("line:2");
    HttpResponse<String> notJson =
        upload(alpha, alpha.id(), "application/x-ndjson", "&assets=BTC", "{\"customer_id\":");
    assertThat(json(notJson).get("field").asText()).isEqualTo("line:1");
    byte[] latin1 = "customer_id,BTC\nMüller,5\n".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> notUtf8 =
        alpha
            .reporter()
            .sendBytes(
                "POST",
                "/api/v1/vasps/" + alpha.id() + "/snapshots?cutoff=" + CUTOFF,
                "text/csv",
                latin1);
    assertThat(json(notUtf8).get("detail").asText()).contains("UTF-8");
    HttpResponse<String> future =
        alpha
            .reporter()
            .send(
                "POST",
                "/api/v1/vasps/" + alpha.id() + "/snapshots?cutoff=2999-01-01T00:00:00Z",
                "text/csv",
                "customer_id,BTC\nc1,1\n");
    assertThat(json(future).get("field").asText()).isEqualTo("cutoff");
    assertThat(stored("liability_snapshots")).isEqualTo(snapshots);
    assertThat(stored("snapshot_customers")).isEqualTo(customers);
  }

  @Test
  void reporter_shouldReachOnlyItsOwnVasp() {
    HttpResponse<String> own = upload(beta, beta.id(), "text/csv", "", "customer_id,BTC\nb1,7\n");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    long betaSnapshot = json(own).get("id").asLong();

    assertThat(upload(beta, alpha.id(), "text/csv", "", "customer_id,BTC\nx,1\n").statusCode())
        .isEqualTo(404);
    assertThat(alpha.reporter().get("/api/v1/snapshots/" + betaSnapshot).statusCode())
        .isEqualTo(404);
    assertThat(alpha.reporter().get("/api/v1/vasps/" + beta.id() + "/snapshots").statusCode())
        .isEqualTo(404);
    assertThat(beta.reporter().get("/api/v1/snapshots/" + betaSnapshot).statusCode())
        .isEqualTo(200);
    assertThat(web.signedIn(Role.SUPERVISOR).get("/api/v1/snapshots/" + betaSnapshot).statusCode())
        .isEqualTo(200);
  }

  @Test
  void largeSnapshot_shouldStreamThrough() {
    StringBuilder file = new StringBuilder("customer_id,BTC\n");
    for (int i = 0; i < 200_000; i++) {
      file.append("cust-").append(i).append(',').append(i).append('\n');
    }
    HttpResponse<String> r = upload(beta, beta.id(), "text/csv", "", file.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(json(r).get("customers").asLong()).isEqualTo(200_000);
    assertThat(json(r).at("/totals/BTC").asText()).isEqualTo(Long.toString(199_999L * 200_000 / 2));
  }

  @Test
  void uploadCutOffMidStream_shouldLeaveNothingStored() throws Exception {
    long snapshots = stored("liability_snapshots");
    long customers = stored("snapshot_customers");
    StringBuilder rows = new StringBuilder("customer_id,BTC\n");
    for (int i = 0; i < 100_000; i++) {
      rows.append("dropped-").append(i).append(",5\n");
    }
    byte[] valid = rows.toString().getBytes(StandardCharsets.UTF_8);
    java.io.InputStream failing =
        new java.io.InputStream() {
          private int at;

          @Override
          public int read() throws java.io.IOException {
            if (at >= valid.length) {
              throw new java.io.IOException("reporter's connection dropped");
            }
            return valid[at++];
          }
        };
    var client = java.net.http.HttpClient.newHttpClient();
    var request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(
                    web.url("/api/v1/vasps/" + beta.id() + "/snapshots?cutoff=" + CUTOFF)))
            .header("Content-Type", "text/csv")
            .header("Authorization", "Bearer " + VaspFixture.tokenOf(beta))
            .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> failing))
            .build();
    try {
      var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
    } catch (java.io.IOException expected) {
      // the client gave up mid-body: the server saw a truncated upload
    }
    Thread.sleep(500);
    assertThat(stored("liability_snapshots")).isEqualTo(snapshots);
    assertThat(stored("snapshot_customers")).isEqualTo(customers);
  }
}
