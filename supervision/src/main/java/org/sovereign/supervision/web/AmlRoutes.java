package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.aml.TransferMonitor;
import org.sovereign.supervision.aml.rules.RuleSets;
import org.sovereign.supervision.aml.transfer.Transfer;
import org.sovereign.supervision.aml.transfer.TransferReader;

/** Transfer reports from VASPs (JSON, NDJSON or CSV), run through transaction monitoring. */
public final class AmlRoutes {
  static final Access CASE_WORKERS = Access.roles(Role.SUPERVISOR, Role.ANALYST);
  static final Access CASE_READERS = Access.roles(Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR);
  static final Access SUPERVISORS = Access.roles(Role.SUPERVISOR);
  private static final int BATCH = 1_000;

  private final TransferMonitor monitor;
  private final RuleSets ruleSets;
  private final ReportingRoutes reporting;
  private final Pages pages;

  public AmlRoutes(
      TransferMonitor monitor, RuleSets ruleSets, ReportingRoutes reporting, Pages pages) {
    this.monitor = monitor;
    this.ruleSets = ruleSets;
    this.reporting = reporting;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .api(
            HandlerType.POST,
            "/api/v1/vasps/{id}/transfers",
            ReportingRoutes.REPORTERS,
            "Report transfers (application/json object or array, application/x-ndjson, text/csv); idempotent by transfer_id",
            this::report)
        .page(
            HandlerType.GET,
            "/supervision/rules",
            CASE_READERS,
            "The monitoring rules",
            ctx -> rulesPage(ctx, null))
        .page(
            HandlerType.POST,
            "/supervision/rules",
            SUPERVISORS,
            "Propose, approve or reject a rule file from the console",
            this::rulesForm)
        .api(
            HandlerType.GET,
            "/api/v1/supervision/rules",
            CASE_READERS,
            "The active rule set's version and file, and every proposed version",
            ctx -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("active", monitor.rules().version());
              json.put(
                  "versions",
                  ruleSets.all().stream()
                      .map(
                          v ->
                              Map.of(
                                  "version", v.version(),
                                  "state", v.state().toLowerCase(java.util.Locale.ROOT),
                                  "proposed_by", v.proposedBy()))
                      .toList());
              ctx.json(json);
            })
        .api(
            HandlerType.POST,
            "/api/v1/supervision/rules",
            SUPERVISORS,
            "Propose a new rule file (the JSON body); a second supervisor activates it",
            ctx ->
                ctx.status(HttpStatus.CREATED)
                    .json(version(ruleSets.propose(pages.principal(ctx).actor(), ctx.body()))))
        .api(
            HandlerType.POST,
            "/api/v1/supervision/rules/approve",
            SUPERVISORS,
            "Activate a proposed rule file (?version=; a supervisor other than its proposer)",
            ctx ->
                ctx.json(
                    version(
                        ruleSets.decide(
                            pages.principal(ctx).actor(), ctx.queryParam("version"), true))))
        .api(
            HandlerType.POST,
            "/api/v1/supervision/rules/reject",
            SUPERVISORS,
            "Reject a proposed rule file (?version=; a supervisor other than its proposer)",
            ctx ->
                ctx.json(
                    version(
                        ruleSets.decide(
                            pages.principal(ctx).actor(), ctx.queryParam("version"), false))));
  }

  private void rulesPage(Context ctx, String error) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("active", monitor.rules().version());
    params.put("versions", ruleSets.all());
    params.put("defaults", defaultsText());
    params.put("canEdit", SUPERVISORS.allows(pages.principal(ctx)));
    params.put("me", pages.principal(ctx).actor().label());
    params.put("error", error);
    pages.render(ctx, "supervision", "supervision.rules.title", "supervision/rules.jte", params);
  }

  private void rulesForm(Context ctx) {
    try {
      var actor = pages.principal(ctx).actor();
      String action = ctx.formParam("action") == null ? "" : ctx.formParam("action");
      switch (action) {
        case "propose" -> ruleSets.propose(actor, ctx.formParam("body"));
        case "approve" -> ruleSets.decide(actor, ctx.formParam("version"), true);
        case "reject" -> ruleSets.decide(actor, ctx.formParam("version"), false);
        default -> throw DomainException.invalidField("action", "propose, approve or reject");
      }
      ctx.redirect("/supervision/rules", HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      ctx.status(HttpStatus.forStatus(e.status()));
      rulesPage(ctx, e.getMessage());
    }
  }

  private static String defaultsText() {
    try (var in = AmlRoutes.class.getResourceAsStream("/aml/rules-default.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, Object> version(RuleSets.Version v) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", v.version());
    json.put("state", v.state().toLowerCase(java.util.Locale.ROOT));
    json.put("proposed_by", v.proposedBy());
    json.put("decided_by", v.decidedBy());
    return json;
  }

  private void report(Context ctx) throws java.io.IOException {
    OrgId org = reporting.vasp(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    List<Transfer> transfers;
    if (type.startsWith("application/json")) {
      transfers = TransferReader.json(org, ctx.body());
    } else {
      var reader =
          new BufferedReader(new InputStreamReader(ctx.bodyInputStream(), StandardCharsets.UTF_8));
      if (type.startsWith("application/x-ndjson")) {
        transfers = TransferReader.ndjson(org, reader);
      } else if (type.startsWith("text/csv")) {
        transfers = TransferReader.csv(org, reader);
      } else {
        throw new DomainException(
            415,
            "unsupported-media-type",
            "send transfers as application/json, application/x-ndjson or text/csv",
            null);
      }
    }
    int stored = 0;
    int duplicates = 0;
    List<Long> cases = new java.util.ArrayList<>();
    for (int from = 0; from < transfers.size(); from += BATCH) {
      var result =
          monitor.ingest(
              pages.principal(ctx).actor(),
              org,
              transfers.subList(from, Math.min(transfers.size(), from + BATCH)));
      stored += result.stored();
      duplicates += result.duplicates();
      cases.addAll(result.cases());
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("received", transfers.size());
    json.put("stored", stored);
    json.put("duplicates", duplicates);
    json.put("cases", cases);
    ctx.status(stored > 0 ? HttpStatus.CREATED : HttpStatus.OK).json(json);
  }
}
