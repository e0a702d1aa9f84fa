package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.Scopes;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.defi.DefiMonitor;
import org.sovereign.supervision.defi.DefiReads;
import org.sovereign.supervision.defi.declare.ChainRequest;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;

/**
 * On-chain DeFi monitoring: supervisors declare the chains followed; a DeFi platform (or a
 * supervisor for it) declares its contracts and admins per chain; the console shows each chain's
 * progress and each platform's value locked, reserves, oracle prices, events and alerts.
 */
public final class DefiRoutes {
  static final org.sovereign.platform.web.Access SUPERVISOR_OR_PLATFORM =
      org.sovereign.platform.web.Access.roles(org.sovereign.platform.accounts.Role.SUPERVISOR)
          .orClients(org.sovereign.platform.accounts.ClientKind.VASP_REPORTER);
  private final DefiPlatforms platforms;
  private final DefiReads reads;
  private final DefiMonitor monitor;
  private final Register register;
  private final Pages pages;

  public DefiRoutes(
      DefiPlatforms platforms,
      DefiReads reads,
      DefiMonitor monitor,
      Register register,
      Pages pages) {
    this.platforms = platforms;
    this.reads = reads;
    this.monitor = monitor;
    this.register = register;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/supervision/defi",
            RegisterRoutes.READERS,
            "DeFi monitoring: chains followed and platforms watched",
            this::overview)
        .page(
            HandlerType.GET,
            "/supervision/defi/{id}",
            RegisterRoutes.READERS,
            "A DeFi platform: value locked, reserves, oracle prices, events and alerts",
            this::platformPage)
        .api(
            HandlerType.PUT,
            "/api/v1/supervision/defi/chains",
            RegisterRoutes.SUPERVISORS,
            "Declare an EVM chain to follow (chain id, name, JSON-RPC URL, confirmations)",
            ctx ->
                ctx.json(
                    platforms.declareChain(
                        pages.principal(ctx).actor(), JsonBodies.read(ctx, ChainRequest.class))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/defi/chains",
            RegisterRoutes.READERS,
            "The chains followed: checkpoint, each platform's progress, the last poll",
            ctx -> ctx.json(Map.of("chains", DefiViews.chains(reads, monitor))))
        .api(
            HandlerType.PUT,
            "/api/v1/supervision/vasps/{id}/defi",
            SUPERVISOR_OR_PLATFORM,
            "Declare a DeFi platform's contracts and admins on a chain (the platform or a supervisor)",
            this::declare)
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}/defi",
            ReportingRoutes.READERS_AND_REPORTER,
            "A DeFi platform's declarations on every chain",
            ctx -> ctx.json(Map.of("platforms", declarations(vasp(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}/defi/alerts",
            ReportingRoutes.READERS_AND_REPORTER,
            "The platform's on-chain alerts, newest first (?limit=)",
            ctx -> ctx.json(Map.of("alerts", reads.alerts(vasp(ctx), limit(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}/defi/events",
            ReportingRoutes.READERS_AND_REPORTER,
            "The platform's recent decoded on-chain events, newest first (?limit=)",
            ctx -> ctx.json(Map.of("events", reads.events(vasp(ctx), limit(ctx)))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}/defi/value-locked",
            ReportingRoutes.READERS_AND_REPORTER,
            "Value locked of each declared pool and treasury over time (JSON; .csv for CSV)",
            ctx -> ctx.json(Map.of("series", series(ctx))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}/defi/value-locked.csv",
            ReportingRoutes.READERS_AND_REPORTER,
            "Value locked of each declared pool and treasury over time, as CSV",
            ctx ->
                ctx.contentType("text/csv; charset=utf-8")
                    .header(
                        "Content-Disposition",
                        "attachment; filename=\"value-locked-" + vasp(ctx).value() + ".csv\"")
                    .result(DefiViews.valueLockedCsv(series(ctx))));
  }

  private void declare(Context ctx) {
    OrgId org = vasp(ctx);
    Platform declared =
        platforms.declare(
            pages.principal(ctx).actor(), org, JsonBodies.read(ctx, PlatformRequest.class));
    ctx.json(declared);
  }

  private List<Platform> declarations(OrgId org) {
    return platforms.all().stream().filter(p -> p.orgId().equals(org)).toList();
  }

  private List<DefiViews.Series> series(Context ctx) {
    OrgId org = vasp(ctx);
    return DefiViews.valueLocked(reads, declarations(org), org);
  }

  private OrgId vasp(Context ctx) {
    OrgId org = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(pages.principal(ctx), org);
    register.byOrg(org).orElseThrow(() -> DomainException.notFound("VASP " + org));
    return org;
  }

  private static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null || text.isBlank()) {
      return 100;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit < 1 || limit > 10_000) {
        throw DomainException.invalidField("limit", "must be 1 to 10000");
      }
      return limit;
    } catch (NumberFormatException e) {
      throw DomainException.invalidField("limit", "must be a whole number");
    }
  }

  private void overview(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("chains", DefiViews.chains(reads, monitor));
    Map<Long, String> names = new HashMap<>();
    register.all().forEach(e -> names.put(e.orgId().value(), e.legalName()));
    List<DefiViews.PlatformLine> lines =
        platforms.all().stream()
            .map(
                p ->
                    new DefiViews.PlatformLine(
                        p.orgId().value(),
                        names.getOrDefault(p.orgId().value(), "VASP " + p.orgId().value()),
                        p.chainId(),
                        p.contracts().size(),
                        reads.alerts(p.orgId(), 10_000).size()))
            .toList();
    params.put("platforms", lines);
    pages.render(ctx, "supervision", "supervision.defi.title", "supervision/defi.jte", params);
  }

  private void platformPage(Context ctx) {
    OrgId org = vasp(ctx);
    VaspEntry vasp = register.byOrg(org).orElseThrow();
    List<Platform> declared = declarations(org);
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("vasp", vasp);
    params.put("platforms", declared);
    List<DefiViews.Series> series = DefiViews.valueLocked(reads, declared, org);
    params.put("valueChart", series.isEmpty() ? null : DefiViews.chart(series));
    List<DefiViews.Series> reserves = DefiViews.reserves(reads, declared, org);
    params.put("reservesChart", reserves.isEmpty() ? null : DefiViews.chart(reserves));
    List<DefiViews.Series> prices = DefiViews.oracle(reads, declared, org);
    params.put("oracleChart", prices.isEmpty() ? null : DefiViews.chart(prices));
    params.put("events", reads.events(org, 50));
    params.put("alerts", reads.alerts(org, 50));
    pages.render(
        ctx,
        "supervision",
        "supervision.defi.platform.title",
        "supervision/defi-platform.jte",
        params);
  }
}
