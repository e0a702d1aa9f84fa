package org.sovereign.power.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.Scopes;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.power.forecast.StoredForecasts;
import org.sovereign.power.payouts.PayoutParser;
import org.sovereign.power.payouts.PoolPayout;
import org.sovereign.power.payouts.PoolPayouts;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;

/** Surplus forecast imports (grid operator) and pool payouts (mining sites) over the API. */
public final class PowerDataRoutes {
  private final Registry registry;
  private final StoredForecasts forecasts;
  private final PoolPayouts payouts;
  private final org.sovereign.power.report.CostRecovery costRecovery;
  private final Pages pages;

  public PowerDataRoutes(
      Registry registry,
      StoredForecasts forecasts,
      PoolPayouts payouts,
      org.sovereign.power.report.CostRecovery costRecovery,
      Pages pages) {
    this.registry = registry;
    this.forecasts = forecasts;
    this.payouts = payouts;
    this.costRecovery = costRecovery;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .api(
            HandlerType.POST,
            "/api/v1/power/forecasts",
            PowerRoutes.OPERATORS,
            "Import a surplus forecast (CSV node,time,mw; hourly or 15-minute); replaces the hours it covers",
            this::importForecast)
        .api(
            HandlerType.GET,
            "/api/v1/power/forecasts",
            PowerRoutes.READERS,
            "The surplus forecast imports, newest first",
            ctx ->
                ctx.json(
                    Map.of(
                        "imports",
                        forecasts.imports().stream().map(PowerDataRoutes::importJson).toList())))
        .api(
            HandlerType.PUT,
            "/api/v1/power/cost-recovery",
            PowerRoutes.OPERATORS,
            "Record a month's cost-recovery tariff (month, paisa_per_kwh, basis); replaces it",
            ctx ->
                ctx.json(
                    costRecovery.set(
                        pages.principal(ctx).actor(),
                        org.sovereign.platform.web.JsonBodies.read(
                            ctx, org.sovereign.power.report.CostRecovery.RateBody.class))))
        .api(
            HandlerType.GET,
            "/api/v1/power/cost-recovery",
            PowerRoutes.READERS,
            "The cost-recovery tariff of each month recorded",
            ctx -> ctx.json(Map.of("months", costRecovery.all())))
        .api(
            HandlerType.POST,
            "/api/v1/power/sites/{id}/payouts",
            PowerRoutes.SITES,
            "Mining pool payouts (JSON [{pool, period_start, period_end, sats, reference}] or CSV)",
            this::reportPayouts)
        .api(
            HandlerType.GET,
            "/api/v1/power/sites/{id}/payouts",
            PowerRoutes.SITE_OR_READERS,
            "A site's reported pool payouts in a month (?month=YYYY-MM)",
            this::listPayouts);
  }

  private void importForecast(Context ctx) {
    Map<String, Long> nodeIds = new LinkedHashMap<>();
    registry.nodes().forEach(n -> nodeIds.put(n.code(), n.id()));
    var outcome = forecasts.importCsv(pages.principal(ctx).actor(), ctx.body(), nodeIds);
    ctx.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .json(importJson(outcome.stored()));
  }

  private void reportPayouts(Context ctx) {
    Site site = site(ctx);
    if ("AI".equals(site.kind())) {
      throw DomainException.invalidField("site", "an AI site has no mining pool payouts");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    List<PoolPayout> parsed =
        type.startsWith("text/csv") ? PayoutParser.csv(ctx.body()) : PayoutParser.json(ctx.body());
    int stored = payouts.report(pages.principal(ctx).actor(), site.orgId(), parsed);
    ctx.json(Map.of("received", parsed.size(), "stored", stored));
  }

  private void listPayouts(Context ctx) {
    Site site = site(ctx);
    var month = PowerRoutes.month(ctx);
    LocalDate from = month.atDay(1);
    ctx.json(
        Map.of(
            "site",
            site.orgId().value(),
            "month",
            month.toString(),
            "payouts",
            payouts.of(site.orgId(), from, from.plusMonths(1)).stream()
                .map(PowerDataRoutes::payoutJson)
                .toList()));
  }

  private Site site(Context ctx) {
    OrgId org = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(pages.principal(ctx), org);
    return registry.site(org).orElseThrow(() -> DomainException.notFound("site " + org));
  }

  private static Map<String, Object> payoutJson(PoolPayout p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pool", p.pool());
    json.put("period_start", p.periodStart().toString());
    json.put("period_end", p.periodEnd().toString());
    json.put("sats", p.sats());
    json.put("reference", p.reference());
    return json;
  }

  private static Map<String, Object> importJson(StoredForecasts.StoredImport i) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", i.id());
    json.put("sha256", i.sha256());
    json.put("resolution_minutes", i.resolutionMinutes());
    json.put("rows", i.rows());
    json.put("first_hour", i.firstHour().toString());
    json.put("hours", i.hours());
    json.put("nodes", List.of(i.nodes().split(",")));
    json.put("imported_by", i.importedBy());
    json.put("imported_at", i.importedAt().toString());
    return json;
  }
}
