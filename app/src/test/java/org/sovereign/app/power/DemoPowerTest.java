package org.sovereign.app.power;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.app.DemoData;
import org.sovereign.app.web.WebFixture;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.json.Json;

/**
 * The demo's winter week: sites metered every five minutes, an evening curtailment decided in merit
 * order, one mining site that gave back too little flagged, and the month's report.
 */
class DemoPowerTest {
  private static WebFixture web;

  @BeforeAll
  static void start() {
    web =
        new WebFixture(
            Clock.systemUTC(),
            runtime -> {
              runtime.startChain(
                  org.sovereign.app.chain.ChainSettings.from(
                      org.sovereign.platform.config.ConfigSource.of(Map.of(), Map.of()),
                      org.sovereign.app.chain.ChainSettings.DEMO));
              DemoData.seed(runtime);
            });
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  @Test
  void eveningCurtailment_shouldFlagOnlyTheSiteThatUnderDelivered() throws Exception {
    WebFixture.Caller grid = web.signedIn(Role.GRID_OPERATOR);
    JsonNode curtailment =
        Json.mapper()
            .readTree(grid.get("/api/v1/power/curtailments").body())
            .get("curtailments")
            .get(0);
    Map<Long, String> names = new HashMap<>();
    Json.mapper()
        .readTree(grid.get("/api/v1/power/sites").body())
        .get("sites")
        .forEach(s -> names.put(s.get("id").asLong(), s.get("name").asText()));
    Map<String, Boolean> compliant = new HashMap<>();
    curtailment
        .get("instructions")
        .forEach(
            i -> compliant.put(names.get(i.get("site").asLong()), i.get("compliant").asBoolean()));
    assertThat(compliant)
        .containsEntry("Nooriabad Miners", true)
        .containsEntry("Hyderabad Hash Farm", false)
        .doesNotContainKeys("Tarbela AI Campus", "Karachi AI Data Center");
    String month = curtailment.get("deadline").asText().substring(0, 7);
    JsonNode report =
        Json.mapper()
            .readTree(web.anonymous().get("/api/v1/public/energy-report?month=" + month).body());
    assertThat(report.at("/curtailment/breaches").asInt()).isEqualTo(1);
    assertThat(new java.math.BigDecimal(report.at("/curtailed_and_backup/curtailed_mwh").asText()))
        .as("the evening curtailment gave energy back, read from the meters")
        .isPositive();
    assertThat(report.at("/curtailed_and_backup/backup_node_hours_with_forecast").asInt())
        .as("the imported forecast covers the metered week")
        .isPositive();
    String csv = web.anonymous().get("/api/v1/public/energy-report.csv?month=" + month).body();
    assertThat(csv.lines().map(l -> l.chars().filter(c -> c == ',').count()).distinct())
        .as("every CSV row has the header's columns")
        .hasSize(1);
    assertThat(csv).contains(",total,curtailed,").contains(",total,backup,");
    assertThat(report.at("/cost_coverage/net_pkr").asText())
        .as("24.00 PKR charged against 26.50 PKR cost recovery: a subsidy, shown")
        .startsWith("-");
    assertThat(report.at("/curtailment/penalties_pkr").asText())
        .as("Hyderabad's shortfall at its contract's 50 PKR per kW")
        .isNotEqualTo("0.00");
    assertThat(grid.get("/power").body()).contains("under 95%");
  }

  @Test
  void energyReport_shouldReconcileTheStateSitesPoolPayoutsWithTheReserve() throws Exception {
    String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
    String page = web.anonymous().get("/transparency/energy?month=" + month).body();
    assertThat(page).contains("bitcoin-report").contains("Port Qasim Mining Park");
    JsonNode sites =
        Json.mapper()
            .readTree(web.anonymous().get("/api/v1/public/energy-report?month=" + month).body())
            .get("sites");
    long pools = 0;
    for (JsonNode s : sites) {
      pools += s.get("pool_payouts_sat").asLong();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfMonth() > 1,
        "on the 1st, the demo's payouts all fall in the previous month");
    assertThat(pools).isGreaterThan(0);
  }

  @Test
  void weeklyPlan_shouldAllocateTheRegisteredSitesAndDrawTheWeek() {
    String page = web.signedIn(Role.GRID_OPERATOR).get("/power/plan").body();
    assertThat(page).contains("allocation-chart").contains("plan-objective");
    assertThat(page).contains("Planned on the imported surplus forecast");
    assertThat(page).contains("plan-nodes").contains("JMS").contains("PQM").contains("TRB");
    assertThat(page)
        .as("CLP gives duals: the shadow price chart is drawn")
        .contains("shadow-chart");
  }

  @Test
  void annualPlan_shouldBeDecomposedAndChartedByDay() {
    WebFixture.Caller grid = web.signedIn(Role.GRID_OPERATOR);
    String page = grid.get("/power/plan?horizon=year").body();
    assertThat(page)
        .contains("decomposition")
        .contains("allocation-chart")
        .contains("&#34;day&#34;");
    assertThat(page)
        .as("the demo imported three weeks only")
        .contains("No imported forecast covers");
    assertThat(grid.get("/power/plan?horizon=decade").statusCode()).isEqualTo(422);
    assertThat(page).contains("Tarbela AI Campus").contains("Nooriabad Miners");
  }
}
