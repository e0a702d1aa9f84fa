package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.aml.cases.Alert;
import org.sovereign.supervision.aml.cases.Case;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.aml.cases.GoAmlReports;

/** Cases: the list with SLA timers, a case with its alerts and history, and its workflow. */
public final class CaseRoutes {
  private final Cases cases;
  private final GoAmlReports goAml;
  private final Pages pages;

  public CaseRoutes(Cases cases, GoAmlReports goAml, Pages pages) {
    this.cases = cases;
    this.goAml = goAml;
    this.pages = pages;
  }

  /** Body of a case action: the fields each action needs. */
  public record Action(String text, String assignee, String disposition) {}

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/supervision/cases",
            AmlRoutes.CASE_READERS,
            "AML cases",
            this::listPage)
        .page(
            HandlerType.GET,
            "/supervision/cases/{id}",
            AmlRoutes.CASE_READERS,
            "An AML case",
            ctx -> casePage(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST,
            "/supervision/cases/{id}/action",
            AmlRoutes.CASE_WORKERS,
            "Work a case from the console (assign, comment, escalate, close, confirm)",
            this::formAction)
        .api(
            HandlerType.GET,
            "/api/v1/supervision/cases",
            AmlRoutes.CASE_READERS,
            "Cases, open first by due time (?open=true for open ones only)",
            ctx ->
                ctx.json(
                    Map.of(
                        "cases",
                        cases.all("true".equals(ctx.queryParam("open"))).stream()
                            .map(this::json)
                            .toList())))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/cases/{id}",
            AmlRoutes.CASE_READERS,
            "A case with its alerts (rules fired and facts) and its history",
            this::caseJson)
        .api(
            HandlerType.GET,
            "/api/v1/supervision/cases/{id}/goaml.xml",
            AmlRoutes.CASE_READERS,
            "The case as a goAML suspicious transaction report (XML)",
            this::goAml);
    routes
        .api(
            HandlerType.POST,
            "/api/v1/supervision/cases/{id}/evidence",
            AmlRoutes.CASE_WORKERS,
            "Attach evidence to a case: the file as the body (?name=, Content-Type kept), up to 5 MB",
            ctx ->
                ctx.json(
                    json(
                        cases.attach(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            ctx.queryParam("name"),
                            ctx.contentType(),
                            ctx.bodyAsBytes()))))
        .page(
            HandlerType.POST,
            "/supervision/cases/{id}/evidence",
            AmlRoutes.CASE_WORKERS,
            "Attach evidence to a case from the console",
            ctx -> {
              var file = ctx.uploadedFile("file");
              try {
                if (file == null) {
                  throw DomainException.invalidField("file", "choose a file");
                }
                cases.attach(
                    pages.principal(ctx).actor(),
                    Params.pathId(ctx, "id"),
                    file.filename(),
                    file.contentType(),
                    file.content().readAllBytes());
                ctx.redirect(
                    "/supervision/cases/" + Params.pathId(ctx, "id"), HttpStatus.SEE_OTHER);
              } catch (DomainException e) {
                casePage(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
              }
            });
    Map<String, String> actions = new LinkedHashMap<>();
    actions.put("assign", "Assign a case (assignee)");
    actions.put("comment", "Comment on a case (text)");
    actions.put("escalate", "Escalate a case: priority high, a new SLA (text: the reason)");
    actions.put("close", "Propose closing a case with a disposition (disposition, text)");
    actions.put("confirm-close", "Confirm a proposed closing (a second person)");
    actions.put("reject-close", "Send a proposed closing back to work (a second person)");
    actions.forEach(
        (action, summary) ->
            routes.api(
                HandlerType.POST,
                "/api/v1/supervision/cases/{id}/" + action,
                AmlRoutes.CASE_WORKERS,
                summary,
                ctx -> ctx.json(json(act(ctx, action, JsonBodies.read(ctx, Action.class))))));
  }

  private void goAml(Context ctx) {
    long id = Params.pathId(ctx, "id");
    ctx.header("Content-Disposition", "attachment; filename=\"case-" + id + "-goaml.xml\"")
        .contentType("application/xml")
        .result(goAml.report(cases.byId(id), cases.alerts(id)));
  }

  private Case act(Context ctx, String action, Action body) {
    var actor = pages.principal(ctx).actor();
    long id = Params.pathId(ctx, "id");
    return switch (action) {
      case "assign" -> cases.assign(actor, id, body.assignee());
      case "comment" -> cases.comment(actor, id, body.text());
      case "escalate" -> cases.escalate(actor, id, body.text());
      case "close" -> cases.proposeClose(actor, id, body.disposition(), body.text());
      case "confirm-close" -> cases.decideClose(actor, id, true, body.text());
      case "reject-close" -> cases.decideClose(actor, id, false, body.text());
      default -> throw DomainException.notFound("case action " + action);
    };
  }

  private void formAction(Context ctx) {
    try {
      act(
          ctx,
          ctx.formParam("action") == null ? "" : ctx.formParam("action"),
          new Action(
              ctx.formParam("text"), ctx.formParam("assignee"), ctx.formParam("disposition")));
      ctx.redirect("/supervision/cases/" + Params.pathId(ctx, "id"), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      casePage(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }

  private void caseJson(Context ctx) {
    long id = Params.pathId(ctx, "id");
    Map<String, Object> json = json(cases.byId(id));
    json.put("alerts", cases.alerts(id).stream().map(CaseRoutes::alertJson).toList());
    json.put("events", cases.events(id));
    ctx.json(json);
  }

  private Map<String, Object> json(Case c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", c.id());
    json.put("vasp", c.orgId() == null ? null : c.orgId().value());
    json.put("title", c.title());
    json.put("state", c.state().toLowerCase(java.util.Locale.ROOT));
    json.put("priority", c.priority().toLowerCase(java.util.Locale.ROOT));
    json.put("assignee", c.assignee());
    json.put("opened_at", c.openedAt().toString());
    json.put("due_at", c.dueAt().toString());
    json.put("overdue", c.overdue(cases.now()));
    json.put("disposition", c.disposition());
    json.put("closing_by", c.closingBy());
    json.put("closed_by", c.closedBy());
    return json;
  }

  static Map<String, Object> alertJson(Alert a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("source", a.source());
    json.put("typology", a.typology());
    json.put("title", a.title());
    json.put("score", a.score());
    try {
      json.put("facts", org.sovereign.platform.json.Json.mapper().readTree(a.factsJson()));
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      json.put("facts", a.factsJson());
    }
    json.put("raised_at", a.raisedAt().toString());
    return json;
  }

  private void listPage(Context ctx) {
    Map<String, Object> params = new HashMap<>();
    params.put("cases", cases.all(false));
    params.put("now", cases.now());
    pages.render(ctx, "supervision", "supervision.cases.title", "supervision/cases.jte", params);
  }

  private void casePage(Context ctx, String error, HttpStatus status) {
    long id = Params.pathId(ctx, "id");
    Map<String, Object> params = new HashMap<>();
    params.put("kase", cases.byId(id));
    params.put("alerts", cases.alerts(id));
    params.put("events", cases.events(id));
    params.put("now", cases.now());
    params.put("canWork", AmlRoutes.CASE_WORKERS.allows(pages.principal(ctx)));
    params.put("me", pages.principal(ctx).actor().label());
    params.put("error", error);
    ctx.status(status);
    pages.render(ctx, "supervision", "supervision.cases.title", "supervision/case.jte", params);
  }
}
