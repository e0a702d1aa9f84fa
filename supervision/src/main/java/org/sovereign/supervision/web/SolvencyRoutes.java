package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Charts;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.assessment.Alerts;
import org.sovereign.supervision.assessment.Assessment;
import org.sovereign.supervision.assessment.Assessments;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.VaspEntry;
import org.sovereign.supervision.reporting.Snapshot;
import org.sovereign.supervision.reporting.SnapshotProofs;
import org.sovereign.supervision.reserves.DeclarationRequest;
import org.sovereign.supervision.reserves.Declarations;

/** Reserve declarations, solvency per snapshot with its history, and alerts. */
public final class SolvencyRoutes {
  private final Declarations declarations;
  private final Assessments assessments;
  private final Alerts alerts;
  private final Register register;
  private final ReportingRoutes reporting;
  private final SnapshotProofs proofs;
  private final Pages pages;

  public SolvencyRoutes(
      Declarations declarations,
      Assessments assessments,
      Alerts alerts,
      Register register,
      ReportingRoutes reporting,
      SnapshotProofs proofs,
      Pages pages) {
    this.proofs = proofs;
    this.declarations = declarations;
    this.assessments = assessments;
    this.alerts = alerts;
    this.register = register;
    this.reporting = reporting;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .api(
            HandlerType.GET,
            "/api/v1/vasps/{id}/challenge",
            ReportingRoutes.READERS_AND_REPORTER,
            "The Authority's challenge for a month (?period=YYYY-MM, default this month): the message reserve addresses sign with BIP-322",
            this::challenge)
        .api(
            HandlerType.POST,
            "/api/v1/vasps/{id}/declarations",
            ReportingRoutes.REPORTERS,
            "Declare reserve addresses for a month, each with a BIP-322 signature over its challenge (all or nothing)",
            ctx ->
                ctx.status(HttpStatus.CREATED)
                    .json(
                        SolvencyJson.declaration(
                            declarations.declare(
                                pages.principal(ctx).actor(),
                                reporting.vasp(ctx),
                                JsonBodies.read(ctx, DeclarationRequest.class)))))
        .api(
            HandlerType.GET,
            "/api/v1/vasps/{id}/declarations",
            ReportingRoutes.READERS_AND_REPORTER,
            "A VASP's reserve declarations, newest first",
            ctx ->
                ctx.json(
                    Map.of(
                        "declarations",
                        declarations.ofOrg(reporting.vasp(ctx)).stream()
                            .map(SolvencyJson::declaration)
                            .toList())))
        .api(
            HandlerType.GET,
            "/api/v1/vasps/{id}/solvency",
            ReportingRoutes.READERS_AND_REPORTER,
            "Solvency per snapshot, oldest first: BTC liabilities, proven reserves at the cut-off, ratio",
            ctx ->
                ctx.json(
                    Map.of(
                        "history",
                        assessments.history(reporting.vasp(ctx)).stream()
                            .map(SolvencyJson::assessment)
                            .toList())))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/alerts",
            RegisterRoutes.READERS,
            "Solvency and reporting alerts over licensed VASPs",
            ctx ->
                ctx.json(Map.of("alerts", alerts.all().stream().map(SolvencyJson::alert).toList())))
        .page(
            HandlerType.GET,
            "/supervision/vasps/{id}/solvency",
            RegisterRoutes.READERS,
            "A VASP's reporting and solvency",
            this::page);
  }

  private void challenge(Context ctx) {
    OrgId org = reporting.vasp(ctx);
    VaspEntry entry = register.byOrg(org).orElseThrow();
    String period = ctx.queryParam("period");
    String message =
        declarations.challenge(pages.principal(ctx).actor(), org, entry.legalName(), period);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("period", period == null || period.isBlank() ? declarations.currentPeriod() : period);
    json.put("message", message);
    ctx.json(json);
  }

  private void page(Context ctx) {
    OrgId org = Params.orgId(ctx, "id");
    VaspEntry entry =
        register.byOrg(org).orElseThrow(() -> DomainException.notFound("VASP " + org));
    List<Assessment> history = assessments.history(org);
    Map<String, Object> params = new HashMap<>();
    params.put("entry", entry);
    params.put("history", history.reversed());
    params.put("declarations", declarations.ofOrg(org));
    params.put("chart", chart(history));
    params.put("customer", ctx.queryParam("customer"));
    params.put("proof", null);
    params.put("proofError", null);
    String customer = ctx.queryParam("customer");
    if (customer != null && !customer.isBlank() && !history.isEmpty()) {
      long snapshotId = Params.queryInt(ctx, "snapshot", 0, 0, Integer.MAX_VALUE);
      Snapshot chosen =
          history.stream()
              .map(Assessment::snapshot)
              .filter(s -> s.id() == snapshotId)
              .findFirst()
              .orElse(history.getLast().snapshot());
      try {
        params.put("proof", proofs.of(chosen, customer));
      } catch (DomainException e) {
        params.put("proofError", e.getMessage());
      }
    }
    pages.render(
        ctx, "supervision", "supervision.solvency.title", "supervision/solvency.jte", params);
  }

  private static String chart(List<Assessment> history) {
    List<String> labels = new ArrayList<>();
    List<Number> values = new ArrayList<>();
    for (Assessment a : history) {
      if (a.percent() != null) {
        labels.add(a.snapshot().cutoff().toString().substring(0, 10));
        values.add(a.percent());
      }
    }
    return values.isEmpty()
        ? null
        : Charts.lineWithThreshold(labels, values, "% covered", 100, "100%");
  }
}
