package org.sovereign.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.testing.MutableClock;

/**
 * The grid operator's stored surplus forecasts (and the weekly plan made from them), contract
 * penalties for curtailment shortfalls, cumulative meter registers with resets, and the pool
 * payouts mining sites report, reconciled in the energy report.
 */
class PowerDataTest {
  private static final Instant MONTH_START = Instant.parse("2027-01-01T00:00:00Z");
  private static final MutableClock CLOCK = new MutableClock(MONTH_START.plus(Duration.ofDays(10)));
  private static WebFixture web;
  private static WebFixture.Caller grid;
  private static final Map<String, Long> SITES = new LinkedHashMap<>();
  private static final Map<String, WebFixture.Caller> OPERATORS = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    web = new WebFixture(CLOCK);
    grid = web.signedIn(Role.GRID_OPERATOR);
    for (String node : new String[] {"DAD", "GUD"}) {
      assertThat(
              grid.json(
                      "POST",
                      "/api/v1/power/nodes",
                      "{\"code\":\""
                          + node
                          + "\",\"name\":\""
                          + node
                          + "\",\"import_limit_kw\":500000}")
                  .statusCode())
          .isEqualTo(201);
    }
    register("Dadu State Mining", "DAD", "interruptible", "mining", true, 25_000);
    register("Guddu Private Mining", "GUD", "interruptible", "mining", false, 0);
    register("Guddu AI Park", "GUD", "firm", "ai", false, 0);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static void register(
      String name, String node, String contract, String kind, boolean state, long penalty) {
    long id =
        PowerSites.register(
            grid,
            "{\"name\":\""
                + name
                + "\",\"node\":\""
                + node
                + "\",\"kind\":\""
                + kind
                + "\",\"contract_class\":\""
                + contract
                + "\",\"contracted_kw\":40000,\"ramp_kw_per_min\":400000,\"value_cents_per_mwh\":9000,"
                + "\"tariff_paisa_per_kwh\":2400,\"state_owned\":"
                + state
                + ",\"penalty_paisa_per_kw\":"
                + penalty
                + "}");
    SITES.put(name, id);
    OPERATORS.put(name, PowerSites.operator(web, id, name));
  }

  private static JsonNode json(HttpResponse<String> r) {
    return PowerSites.json(r);
  }

  private static HttpResponse<String> post(String site, String path, String type, String body) {
    return OPERATORS
        .get(site)
        .send("POST", "/api/v1/power/sites/" + SITES.get(site) + path, type, body);
  }

  private static String week(Instant from, String... nodes) {
    StringBuilder csv = new StringBuilder("node,time,mw\n");
    for (String node : nodes) {
      for (int h = 0; h < 168; h++) {
        csv.append(node)
            .append(',')
            .append(from.plus(h, ChronoUnit.HOURS))
            .append(',')
            .append(h % 24 < 6 ? "120.5" : "35")
            .append('\n');
      }
    }
    return csv.toString();
  }

  private static long count(String sql) {
    return web.services().tx().read(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Test
  void forecastImport_shouldBeRefusedWholeNamingTheLineAndStoredOnceWhenValid() {
    Instant from = Instant.parse("2027-01-04T00:00:00Z");
    String bad =
        week(from, "DAD", "GUD")
            .replace(
                "GUD," + from.plusSeconds(7200) + ",120.5",
                "GUD," + from.plusSeconds(7200) + ",-3");
    HttpResponse<String> refused = grid.send("POST", "/api/v1/power/forecasts", "text/csv", bad);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(json(refused).get("detail").asText()).contains("line 172").contains("mw");
    assertThat(json(refused).get("field").asText()).isEqualTo("line:172.mw");
    assertThat(count("SELECT count(*) FROM surplus_forecast")).isZero();

    String good = week(from, "DAD", "GUD");
    HttpResponse<String> created = grid.send("POST", "/api/v1/power/forecasts", "text/csv", good);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> again = grid.send("POST", "/api/v1/power/forecasts", "text/csv", good);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("id").asLong()).isEqualTo(json(created).get("id").asLong());
    assertThat(count("SELECT count(*) FROM surplus_forecast")).isEqualTo(2 * 168);
    assertThat(
            count(
                "SELECT kw FROM surplus_forecast f JOIN grid_nodes n ON n.id = f.node_id"
                    + " WHERE n.code = 'DAD' AND hour = '2027-01-04T03:00:00Z'"))
        .isEqualTo(120_500);
    assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'power.forecast-imported'"))
        .isEqualTo(1);

    StringBuilder load = new StringBuilder("time,kw\n");
    for (int m = 0; m < 60; m++) {
      load.append(from.plus(Duration.ofHours(8)).plus(m, ChronoUnit.MINUTES)).append(",50000\n");
    }
    assertThat(post("Guddu AI Park", "/readings", "text/csv", load.toString()).statusCode())
        .isEqualTo(200);
    JsonNode balance =
        json(web.anonymous().get("/api/v1/public/energy-report?month=2027-01"))
            .get("curtailed_and_backup");
    assertThat(balance.get("backup_mwh").asText())
        .as("74 min at 50 MW in an hour whose forecast surplus at GUD was 35 MW")
        .isEqualTo("26.667");

    String planned = grid.get("/power/plan?from=2027-01-04").body();
    assertThat(planned).contains("Planned on the imported surplus forecast");
    String otherWeek = grid.get("/power/plan?from=2027-02-01").body();
    assertThat(otherWeek).contains("No imported forecast covers every node");
    assertThat(grid.get("/power/plan?from=Monday").statusCode()).isEqualTo(422);
  }

  @Test
  void siteRegistration_shouldKeepTierOwnerAndMetersAndNameTheBadField() {
    String base =
        "{\"name\":\"Kotri Miners\",\"node\":\"DAD\",\"kind\":\"mining\","
            + "\"contract_class\":\"interruptible\",\"contracted_kw\":10000,\"ramp_kw_per_min\":1000,"
            + "\"value_cents_per_mwh\":9000,\"tariff_paisa_per_kwh\":2400,";
    HttpResponse<String> badTier =
        grid.json("POST", "/api/v1/power/sites", base + "\"response_tier\":\"instant\"}");
    assertThat(badTier.statusCode()).isEqualTo(422);
    assertThat(json(badTier).get("field").asText()).isEqualTo("response_tier");
    HttpResponse<String> badMeter =
        grid.json("POST", "/api/v1/power/sites", base + "\"meters\":[\"KTR-01\",\"KTR 02\"]}");
    assertThat(json(badMeter).get("field").asText()).isEqualTo("meters[1]");
    HttpResponse<String> twice =
        grid.json("POST", "/api/v1/power/sites", base + "\"meters\":[\"KTR-01\",\"KTR-01\"]}");
    assertThat(json(twice).get("detail").asText()).contains("listed twice");
    assertThat(count("SELECT count(*) FROM platform.organisations WHERE name = 'Kotri Miners'"))
        .as("nothing stored for a refused registration")
        .isZero();

    JsonNode site =
        json(
            grid.json(
                "POST",
                "/api/v1/power/sites",
                base
                    + "\"response_tier\":\"slow\",\"owner\":\"Kotri Energy (Pvt) Ltd\","
                    + "\"meters\":[\"KTR-01\",\"KTR-02\"]}"));
    assertThat(site.get("response_tier").asText()).isEqualTo("slow");
    assertThat(site.get("owner").asText()).isEqualTo("Kotri Energy (Pvt) Ltd");
    assertThat(site.get("meters").toString()).isEqualTo("[\"KTR-01\",\"KTR-02\"]");
  }

  @Test
  void meterRegister_shouldGiveIntervalLoadsAndRefuseAnUnmarkedReset() {
    Instant t = MONTH_START.plus(Duration.ofDays(2));
    String backwards =
        "time,kwh\n"
            + t
            + ",1000.000\n"
            + t.plusSeconds(60)
            + ",1500.000\n"
            + t.plusSeconds(120)
            + ",20.000\n";
    HttpResponse<String> refused = post("Guddu Private Mining", "/readings", "text/csv", backwards);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("detail").asText())
        .contains("line 4")
        .contains("went back from 1500 to 20 kWh")
        .contains("reset");
    assertThat(
            count(
                "SELECT count(*) FROM meter_readings WHERE site_id = "
                    + SITES.get("Guddu Private Mining")))
        .isZero();

    StringBuilder marked = new StringBuilder("time,kwh,event\n");
    long[] registers = {1000_000, 1500_000, 2000_000, 10_000, 510_000, 1010_000};
    for (int m = 0; m < registers.length; m++) {
      marked
          .append(t.plusSeconds(60L * m))
          .append(',')
          .append(java.math.BigDecimal.valueOf(registers[m], 3).toPlainString())
          .append(m == 3 ? ",reset" : ",")
          .append('\n');
    }
    JsonNode stored =
        json(post("Guddu Private Mining", "/readings", "text/csv", marked.toString()));
    assertThat(stored.get("received").asInt()).isEqualTo(4);
    assertThat(stored.get("estimated").asInt()).as("the interval across the reset").isEqualTo(1);
    assertThat(
            count(
                "SELECT count(*) FROM meter_readings WHERE kw = 30000 AND NOT estimated AND site_id = "
                    + SITES.get("Guddu Private Mining")))
        .as("500 kWh a minute is 30 MW")
        .isEqualTo(4);
  }

  @Test
  void poolPayouts_shouldBeCheckedStoredOnceAndReconciledInTheEnergyReport() {
    String day = "2027-01-0";
    String bad =
        "[{\"pool\":\"Foundry\",\"period_start\":\"2027-01-02\",\"period_end\":\"2027-01-03\",\"sats\":\"1.5\"}]";
    HttpResponse<String> refused = post("Dadu State Mining", "/payouts", "application/json", bad);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("detail").asText()).contains("line 1, sats");

    StringBuilder csv = new StringBuilder("pool,period_start,period_end,sats,reference\n");
    for (int d = 1; d <= 5; d++) {
      csv.append("Foundry,")
          .append(day)
          .append(d)
          .append(',')
          .append(day)
          .append(d + 1)
          .append(",1250000,")
          .append("ab".repeat(31))
          .append(String.format("%02d", d))
          .append('\n');
    }
    JsonNode first = json(post("Dadu State Mining", "/payouts", "text/csv", csv.toString()));
    assertThat(first.get("stored").asInt()).isEqualTo(5);
    JsonNode resent = json(post("Dadu State Mining", "/payouts", "text/csv", csv.toString()));
    assertThat(resent.get("stored").asInt()).as("re-sending is safe").isZero();
    HttpResponse<String> changed =
        post(
            "Dadu State Mining",
            "/payouts",
            "text/csv",
            csv.toString().replace("1250000", "1250001"));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(post("Guddu AI Park", "/payouts", "text/csv", csv.toString()).statusCode())
        .isEqualTo(422);

    JsonNode listed =
        json(
            grid.get(
                "/api/v1/power/sites/"
                    + SITES.get("Dadu State Mining")
                    + "/payouts?month=2027-01"));
    assertThat(listed.get("payouts")).hasSize(5);

    JsonNode report = json(web.anonymous().get("/api/v1/public/energy-report?month=2027-01"));
    JsonNode dadu = null;
    for (JsonNode s : report.get("sites")) {
      if (s.get("name").asText().equals("Dadu State Mining")) {
        dadu = s;
      }
    }
    assertThat(dadu).isNotNull();
    assertThat(dadu.get("pool_payouts_sat").asLong()).isEqualTo(6_250_000);
    assertThat(dadu.get("unreconciled_sat").asLong())
        .as("the reserve's ledger shows none of it")
        .isEqualTo(6_250_000);
    assertThat(web.anonymous().get("/api/v1/public/energy-report.csv?month=2027-01").body())
        .contains(",6250000,6250000");
  }

  @Test
  void costRecovery_shouldSetRevenueAgainstTheCostOfThePowerAndFlagSubsidisedSites()
      throws Exception {
    HttpResponse<String> bad =
        grid.json(
            "PUT",
            "/api/v1/power/cost-recovery",
            "{\"month\":\"January\",\"paisa_per_kwh\":2650,\"basis\":\"NEPRA\"}");
    assertThat(json(bad).get("field").asText()).isEqualTo("month");
    assertThat(
            grid.json(
                    "PUT",
                    "/api/v1/power/cost-recovery",
                    "{\"month\":\"2027-01\",\"paisa_per_kwh\":2650,\"basis\":\"\"}")
                .statusCode())
        .isEqualTo(422);
    StringBuilder csv = new StringBuilder("time,kw\n");
    Instant t = MONTH_START.plus(Duration.ofDays(20));
    for (int m = 0; m < 60; m++) {
      csv.append(t.plus(m, ChronoUnit.MINUTES)).append(",10000\n");
    }
    assertThat(post("Guddu AI Park", "/readings", "text/csv", csv.toString()).statusCode())
        .isEqualTo(200);
    HttpResponse<String> set =
        grid.json(
            "PUT",
            "/api/v1/power/cost-recovery",
            "{\"month\":\"2027-01\",\"paisa_per_kwh\":2650,"
                + "\"basis\":\"NEPRA average cost of supply FY2026-27 (illustrative)\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

    JsonNode report = json(web.anonymous().get("/api/v1/public/energy-report?month=2027-01"));
    JsonNode coverage = report.get("cost_coverage");
    JsonNode ai = null;
    for (JsonNode site : report.get("sites")) {
      if (site.get("name").asText().equals("Guddu AI Park")) {
        ai = site;
      }
    }
    assertThat(ai).isNotNull();
    assertThat(ai.get("cost_of_power_pkr").asText())
        .as("10 MW for 59 minutes and the last reading's 15: 12,333.33 kWh at 26.50 PKR")
        .isEqualTo("326833.33");
    assertThat(ai.get("below_cost_recovery").asBoolean()).as("24.00 < 26.50 PKR").isTrue();
    java.math.BigDecimal revenue = new java.math.BigDecimal(coverage.get("revenue_pkr").asText());
    java.math.BigDecimal cost =
        new java.math.BigDecimal(coverage.get("cost_of_power_pkr").asText());
    assertThat(new java.math.BigDecimal(coverage.get("net_pkr").asText()))
        .isEqualByComparingTo(revenue.subtract(cost))
        .isNegative();
    assertThat(coverage.get("sites_below_cost_recovery").asInt()).isPositive();
    assertThat(web.anonymous().get("/transparency/energy?month=2027-01").body())
        .contains("cost-coverage")
        .contains("below (subsidised)");
    assertThat(web.anonymous().get("/transparency/energy?month=2026-12").body())
        .contains("coverage-empty");
  }

  @Test
  void breachedInstruction_shouldChargeTheContractPenaltyPerKilowattShort() {
    String site = "Dadu State Mining";
    Instant now = CLOCK.instant();
    StringBuilder before = new StringBuilder("time,kw\n");
    for (int m = -5; m <= 0; m++) {
      before.append(now.plus(m, ChronoUnit.MINUTES)).append(",30000\n");
    }
    assertThat(post(site, "/readings", "text/csv", before.toString()).statusCode()).isEqualTo(200);
    JsonNode outcome =
        json(
            grid.json(
                "POST",
                "/api/v1/power/curtailments",
                "{\"id\":\"penalty-test\",\"node\":\"DAD\",\"kw\":20000,\"within_seconds\":60}"));
    assertThat(outcome.get("instructions")).hasSize(1);
    CLOCK.advance(Duration.ofSeconds(60));
    String after = "time,kw\n" + CLOCK.instant().plusSeconds(30) + ",18000\n";
    assertThat(post(site, "/readings", "text/csv", after).statusCode()).isEqualTo(200);
    JsonNode checked =
        json(grid.get("/api/v1/power/curtailments"))
            .get("curtailments")
            .get(0)
            .get("instructions")
            .get(0);
    assertThat(checked.get("compliant").asBoolean()).isFalse();
    assertThat(checked.get("delivered_kw").asLong()).isEqualTo(12_000);
    assertThat(checked.get("penalty_pkr").asText())
        .as("8,000 kW short at 250 PKR per kW")
        .isEqualTo("2000000.00");
    String month = LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC).toString().substring(0, 7);
    JsonNode report = json(web.anonymous().get("/api/v1/public/energy-report?month=" + month));
    assertThat(report.get("curtailment").get("penalties_pkr").asText()).isEqualTo("2000000.00");
  }
}
