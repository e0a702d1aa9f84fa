package org.sovereign.power.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.Scopes;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.power.curtail.CurtailmentBody;
import org.sovereign.power.curtail.Curtailments;
import org.sovereign.power.curtail.InstructionRecord;
import org.sovereign.power.metering.Reading;
import org.sovereign.power.metering.Readings;
import org.sovereign.power.metering.ReadingsParser;
import org.sovereign.power.registry.NewSite;
import org.sovereign.power.registry.Registry;
import org.sovereign.power.registry.Site;
import org.sovereign.power.report.EnergyReports;
import org.sovereign.power.report.ReportFormats;

/** Registry, metering, curtailment and instructions over the API, and the console page. */
public final class PowerRoutes {
  public static final Access READERS = Access.roles(Role.GRID_OPERATOR, Role.ANALYST, Role.AUDITOR);
  static final Access OPERATORS = Access.roles(Role.GRID_OPERATOR);
  static final Access TRIGGERS = Access.roles(Role.GRID_OPERATOR).orClients(ClientKind.MONITORING);
  static final Access SITES = Access.clients(ClientKind.SITE_OPERATOR);
  static final Access SITE_OR_READERS =
      Access.roles(Role.GRID_OPERATOR, Role.ANALYST, Role.AUDITOR)
          .orClients(ClientKind.SITE_OPERATOR);

  private final Registry registry;
  private final Readings readings;
  private final Curtailments curtailments;
  private final EnergyReports reports;
  private final org.sovereign.power.forecast.StoredForecasts forecasts;
  private final Pages pages;

  public PowerRoutes(
      Registry registry,
      Readings readings,
      Curtailments curtailments,
      EnergyReports reports,
      org.sovereign.power.forecast.StoredForecasts forecasts,
      Pages pages) {
    this.forecasts = forecasts;
    this.registry = registry;
    this.readings = readings;
    this.curtailments = curtailments;
    this.reports = reports;
    this.pages = pages;
  }

  /** Body of a staged restore. */
  public record RestoreBody(Integer stages, Integer interval_seconds) {}

  /** Body of a new grid node. */
  public record NodeBody(String code, String name, Long import_limit_kw) {}

  public void register(WebRoutes routes) {
    routes
        .page(HandlerType.GET, "/power", READERS, "Power allocation", this::overview)
        .page(
            HandlerType.GET, "/power/plan", READERS, "This week's allocation plan", this::planPage)
        .api(
            HandlerType.GET,
            "/api/v1/power/nodes",
            READERS,
            "Grid nodes",
            ctx -> ctx.json(Map.of("nodes", registry.nodes())))
        .api(
            HandlerType.POST,
            "/api/v1/power/nodes",
            OPERATORS,
            "Add a grid node with its import limit",
            ctx -> {
              NodeBody b = JsonBodies.read(ctx, NodeBody.class);
              ctx.status(HttpStatus.CREATED)
                  .json(
                      registry.addNode(
                          pages.principal(ctx).actor(), b.code(), b.name(), b.import_limit_kw()));
            })
        .api(
            HandlerType.GET,
            "/api/v1/power/sites",
            READERS,
            "Registered sites",
            ctx ->
                ctx.json(
                    Map.of("sites", registry.sites().stream().map(PowerRoutes::siteJson).toList())))
        .api(
            HandlerType.POST,
            "/api/v1/power/sites",
            OPERATORS,
            "Register a site (a new site organisation for its operator's token)",
            ctx ->
                ctx.status(HttpStatus.CREATED)
                    .json(
                        siteJson(
                            registry.register(
                                pages.principal(ctx).actor(),
                                JsonBodies.read(ctx, NewSite.class)))))
        .api(
            HandlerType.POST,
            "/api/v1/power/sites/{id}/readings",
            SITES,
            "Meter readings (JSON [{at, kw}] or CSV time,kw); checked, gaps filled as estimated",
            this::postReadings)
        .api(
            HandlerType.GET,
            "/api/v1/power/sites/{id}/instructions",
            SITE_OR_READERS,
            "A site's open curtailment instructions, signed (for sites that poll)",
            ctx ->
                ctx.json(
                    Map.of(
                        "instructions",
                        curtailments.pendingFor(site(ctx).orgId()).stream()
                            .map(PowerRoutes::instructionJson)
                            .toList())))
        .api(
            HandlerType.POST,
            "/api/v1/power/curtailments",
            TRIGGERS,
            "Ask for kW back at a node (or the whole system) within seconds: merit-order decision, signed instructions sent at once; idempotent by id",
            ctx -> {
              var outcome =
                  curtailments.request(
                      pages.principal(ctx).actor(), JsonBodies.read(ctx, CurtailmentBody.class));
              ctx.status(HttpStatus.CREATED).json(outcomeJson(outcome));
            })
        .api(
            HandlerType.POST,
            "/api/v1/power/curtailments/{id}/restore",
            OPERATORS,
            "Give the load back in stages: signed RESTORE instructions per site (idempotent)",
            ctx -> {
              RestoreBody b = JsonBodies.read(ctx, RestoreBody.class);
              var restored =
                  curtailments.restore(
                      pages.principal(ctx).actor(),
                      ctx.pathParam("id"),
                      b.stages() == null ? 3 : b.stages(),
                      b.interval_seconds() == null ? 300 : b.interval_seconds());
              ctx.json(
                  Map.of("restore", restored.stream().map(PowerRoutes::instructionJson).toList()));
            })
        .api(
            HandlerType.GET,
            "/api/v1/power/curtailments",
            READERS,
            "Recent curtailments with each instruction's delivery and compliance",
            ctx -> {
              curtailments.checkCompliance();
              ctx.json(
                  Map.of(
                      "curtailments",
                      curtailments.recent(50).stream().map(PowerRoutes::outcomeJson).toList()));
            })
        .page(
            HandlerType.GET,
            "/transparency/energy",
            Access.publicAccess(),
            "The public monthly energy report (?month=YYYY-MM)",
            ctx ->
                pages.render(
                    ctx,
                    "transparency",
                    "power.report.title",
                    "power/report.jte",
                    Map.of("report", reports.of(month(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/public/energy-report",
            Access.publicAccess(),
            "The monthly energy report as JSON (?month=YYYY-MM; byte-identical for the same stored inputs)",
            ctx ->
                ctx.contentType("application/json")
                    .result(ReportFormats.json(reports.of(month(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/public/energy-report.csv",
            Access.publicAccess(),
            "The monthly energy report as CSV (?month=YYYY-MM)",
            ctx ->
                ctx.contentType("text/csv; charset=utf-8")
                    .result(ReportFormats.csv(reports.of(month(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/power/signing-key",
            Access.publicAccess(),
            "The Ed25519 public key instructions are signed with (X.509, base64)",
            ctx ->
                ctx.json(Map.of("algorithm", "Ed25519", "public_key", curtailments.publicKey())));
  }

  static java.time.YearMonth month(Context ctx) {
    String text = ctx.queryParam("month");
    if (text == null || text.isBlank()) {
      return java.time.YearMonth.now(java.time.ZoneOffset.UTC);
    }
    try {
      return java.time.YearMonth.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalidField("month", "must be YYYY-MM");
    }
  }

  private Site site(Context ctx) {
    OrgId org = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(pages.principal(ctx), org);
    return registry.site(org).orElseThrow(() -> DomainException.notFound("site " + org));
  }

  private void postReadings(Context ctx) {
    Site site = site(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    List<Reading> parsed =
        type.startsWith("text/csv")
            ? ReadingsParser.csv(ctx.body(), site.contractedKw())
            : ReadingsParser.json(ctx.body(), site.contractedKw());
    int stored = readings.store(pages.principal(ctx).actor(), site.orgId(), parsed);
    int checked = curtailments.checkCompliance();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("received", parsed.stream().filter(r -> !r.estimated()).count());
    json.put("estimated", parsed.stream().filter(Reading::estimated).count());
    json.put("stored", stored);
    json.put("instructions_checked", checked);
    ctx.json(json);
  }

  private void planPage(Context ctx) {
    var start = weekStart(ctx);
    String horizon = ctx.queryParam("horizon") == null ? "week" : ctx.queryParam("horizon");
    if (!horizon.equals("week") && !horizon.equals("year")) {
      throw DomainException.invalidField("horizon", "must be week or year");
    }
    int hours = horizon.equals("year") ? WeeklyPlan.YEAR : WeeklyPlan.WEEK;
    var weekly = WeeklyPlan.of(registry, forecasts, start, hours, 2026);
    var plan = weekly.map(WeeklyPlan.Weekly::plan);
    Map<String, Object> params = new HashMap<>();
    params.put("horizon", horizon);
    params.put("plan", plan.orElse(null));
    params.put("stored", weekly.map(WeeklyPlan.Weekly::storedForecast).orElse(false));
    params.put("from", start.toString().substring(0, 10));
    params.put("sites", registry.sites());
    params.put("chart", plan.map(PlanCharts::allocation).orElse(null));
    params.put("shadowChart", plan.flatMap(PlanCharts::shadowPrices).orElse(null));
    params.put("nodes", plan.map(PlanCharts::nodes).orElse(List.of()));
    pages.render(ctx, "power", "power.plan.title", "power/plan.jte", params);
  }

  private static java.time.Instant weekStart(Context ctx) {
    String text = ctx.queryParam("from");
    if (text == null || text.isBlank()) {
      return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    }
    try {
      return java.time.LocalDate.parse(text.strip())
          .atStartOfDay(java.time.ZoneOffset.UTC)
          .toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalidField("from", "must be YYYY-MM-DD");
    }
  }

  private void overview(Context ctx) {
    curtailments.checkCompliance();
    Map<String, Object> params = new HashMap<>();
    params.put("nodes", registry.nodes());
    params.put("sites", registry.sites());
    params.put("curtailments", curtailments.recent(20));
    pages.render(ctx, "power", "power.title", "power/overview.jte", params);
  }

  static Map<String, Object> siteJson(Site s) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", s.orgId().value());
    json.put("name", s.name());
    json.put("kind", s.kind().toLowerCase(java.util.Locale.ROOT));
    json.put("contract_class", s.contractClass().toLowerCase(java.util.Locale.ROOT));
    json.put("contracted_kw", s.contractedKw());
    json.put("ramp_kw_per_min", s.rampKwPerMin());
    json.put("value_cents_per_mwh", s.valueCentsPerMwh());
    json.put("tariff_paisa_per_kwh", s.tariffPaisaPerKwh());
    json.put("state_owned", s.stateOwned());
    json.put("endpoint", s.endpoint());
    json.put("penalty_paisa_per_kw", s.penaltyPaisaPerKw());
    json.put("response_tier", s.responseTier().slug());
    json.put("owner", s.owner());
    json.put("meters", s.meters());
    return json;
  }

  static Map<String, Object> instructionJson(InstructionRecord r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id());
    json.put("site", r.siteId().value());
    json.put("shed_kw", r.kw());
    json.put("deadline", r.deadline().toString());
    json.put("payload", r.payload());
    json.put("signature", r.signature());
    json.put("delivery", r.state().toLowerCase(java.util.Locale.ROOT));
    json.put("attempts", r.attempts());
    json.put("baseline_kw", r.baselineKw());
    json.put("delivered_kw", r.deliveredKw());
    json.put("compliant", r.compliant());
    json.put(
        "penalty_pkr",
        r.penaltyPaisa() == null
            ? null
            : java.math.BigDecimal.valueOf(r.penaltyPaisa(), 2).toPlainString());
    return json;
  }

  static Map<String, Object> outcomeJson(Curtailments.Outcome o) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", o.id());
    json.put("kw", o.kw());
    json.put("deadline", o.deadline().toString());
    json.put("shortfall_kw", o.shortfallKw());
    json.put("decision_micros", o.decidedNanos() / 1_000.0);
    json.put("instructions", o.instructions().stream().map(PowerRoutes::instructionJson).toList());
    return json;
  }
}
