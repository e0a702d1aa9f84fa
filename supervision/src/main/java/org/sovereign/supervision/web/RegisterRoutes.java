package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.register.Application;
import org.sovereign.supervision.register.LicenseCategory;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.register.Transition;
import org.sovereign.supervision.register.TransitionRequest;
import org.sovereign.supervision.register.VaspEntry;

/** The licensing register: console pages, the supervisors' API and the public register. */
public final class RegisterRoutes {
  public static final Access READERS = Access.roles(Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR);
  public static final Access SUPERVISORS = Access.roles(Role.SUPERVISOR);
  static final Access SUPERVISORS_ONLY = SUPERVISORS;

  private final Register register;
  private final Pages pages;

  public RegisterRoutes(Register register, Pages pages) {
    this.register = register;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(HandlerType.GET, "/supervision/vasps", READERS, "The VASP register", this::listPage)
        .page(
            HandlerType.POST,
            "/supervision/vasps",
            SUPERVISORS,
            "Record a license application",
            this::applyFromForm)
        .page(
            HandlerType.GET,
            "/supervision/vasps/{id}",
            READERS,
            "A VASP's register entry",
            ctx -> vaspPage(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST,
            "/supervision/vasps/{id}/transitions",
            SUPERVISORS,
            "Propose a license transition",
            ctx ->
                formAction(
                    ctx,
                    () ->
                        register.propose(
                            pages.principal(ctx).actor(),
                            Params.orgId(ctx, "id"),
                            new TransitionRequest(
                                ctx.formParam("to"),
                                ctx.formParam("reason"),
                                ctx.formParam("conditions"),
                                ctx.formParam("effective_on")))))
        .page(
            HandlerType.POST,
            "/supervision/transitions/{id}/approve",
            SUPERVISORS,
            "Approve a license transition (a second supervisor)",
            ctx ->
                decisionForm(
                    ctx,
                    () ->
                        register.approve(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            ctx.formParam("note"))))
        .page(
            HandlerType.POST,
            "/supervision/transitions/{id}/reject",
            SUPERVISORS,
            "Reject a license transition (a second supervisor)",
            ctx ->
                decisionForm(
                    ctx,
                    () ->
                        register.reject(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            ctx.formParam("note"))))
        .page(
            HandlerType.GET,
            "/transparency/register",
            Access.publicAccess(),
            "The public register of licensed VASPs",
            ctx ->
                pages.render(
                    ctx,
                    "transparency",
                    "supervision.public.title",
                    "supervision/public-register.jte",
                    Map.of("entries", register.publicEntries())))
        .api(
            HandlerType.GET,
            "/api/v1/public/register",
            Access.publicAccess(),
            "The public register of licensed VASPs (JSON)",
            ctx ->
                ctx.json(
                    Map.of(
                        "vasps",
                        register.publicEntries().stream().map(RegisterJson::publicEntry).toList())))
        .api(
            HandlerType.GET,
            "/api/v1/public/register.csv",
            Access.publicAccess(),
            "The public register of licensed VASPs (CSV)",
            ctx ->
                ctx.header("Content-Disposition", "attachment; filename=\"vasp-register.csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(RegisterJson.csv(register.publicEntries())))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps",
            READERS,
            "Every VASP on the register, any status",
            ctx ->
                ctx.json(
                    Map.of("vasps", register.all().stream().map(RegisterJson::entry).toList())))
        .api(
            HandlerType.POST,
            "/api/v1/supervision/vasps",
            SUPERVISORS,
            "Record a license application",
            ctx ->
                ctx.status(HttpStatus.CREATED)
                    .json(
                        RegisterJson.entry(
                            register.apply(
                                pages.principal(ctx).actor(),
                                JsonBodies.read(ctx, Application.class)))))
        .api(
            HandlerType.GET,
            "/api/v1/supervision/vasps/{id}",
            READERS,
            "A VASP's entry with its license transitions",
            this::vaspJson)
        .api(
            HandlerType.POST,
            "/api/v1/supervision/vasps/{id}/transitions",
            SUPERVISORS,
            "Propose a license transition (takes effect on a second supervisor's approval)",
            ctx ->
                ctx.status(HttpStatus.CREATED)
                    .json(
                        RegisterJson.transition(
                            register.propose(
                                pages.principal(ctx).actor(),
                                Params.orgId(ctx, "id"),
                                JsonBodies.read(ctx, TransitionRequest.class)))))
        .api(
            HandlerType.POST,
            "/api/v1/supervision/transitions/{id}/approve",
            SUPERVISORS,
            "Approve a license transition (not its proposer)",
            ctx ->
                ctx.json(
                    RegisterJson.transition(
                        register.approve(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            JsonBodies.read(ctx, Decision.class).note()))))
        .api(
            HandlerType.POST,
            "/api/v1/supervision/transitions/{id}/reject",
            SUPERVISORS,
            "Reject a license transition, with a note (not its proposer)",
            ctx ->
                ctx.json(
                    RegisterJson.transition(
                        register.reject(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            JsonBodies.read(ctx, Decision.class).note()))));
  }

  /** Body of a decision on a transition. */
  public record Decision(String note) {}

  private VaspEntry entry(Context ctx) {
    OrgId id = Params.orgId(ctx, "id");
    return register.byOrg(id).orElseThrow(() -> DomainException.notFound("VASP " + id));
  }

  private void vaspJson(Context ctx) {
    VaspEntry e = entry(ctx);
    Map<String, Object> json = RegisterJson.entry(e);
    json.put(
        "transitions",
        register.transitions(e.orgId()).stream().map(RegisterJson::transition).toList());
    ctx.json(json);
  }

  private void listPage(Context ctx) {
    listPage(ctx, null, HttpStatus.OK);
  }

  private void listPage(Context ctx, String error, HttpStatus status) {
    Map<String, Object> params = new HashMap<>();
    params.put("entries", register.all());
    params.put("categories", Arrays.asList(LicenseCategory.values()));
    params.put("canEdit", SUPERVISORS.allows(pages.principal(ctx)));
    params.put("error", error);
    ctx.status(status);
    pages.render(ctx, "supervision", "supervision.register.title", "supervision/vasps.jte", params);
  }

  private void applyFromForm(Context ctx) {
    try {
      String services = ctx.formParam("services");
      VaspEntry created =
          register.apply(
              pages.principal(ctx).actor(),
              new Application(
                  ctx.formParam("legal_name"),
                  ctx.formParam("registration_number"),
                  ctx.formParam("lei"),
                  ctx.formParam("category"),
                  services == null
                      ? List.of()
                      : Arrays.stream(services.split("[;\\n]"))
                          .map(String::strip)
                          .filter(s -> !s.isEmpty())
                          .toList(),
                  ctx.formParam("website"),
                  ctx.formParam("applied_on"),
                  ctx.formParam("contact_name"),
                  ctx.formParam("contact_email"),
                  ctx.formParam("contact_phone")));
      ctx.redirect("/supervision/vasps/" + created.orgId().value(), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      listPage(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }

  private void vaspPage(Context ctx, String error, HttpStatus status) {
    vaspPage(ctx, entry(ctx), error, status);
  }

  private void vaspPage(Context ctx, VaspEntry e, String error, HttpStatus status) {
    Map<String, Object> params = new HashMap<>();
    params.put("entry", e);
    params.put("transitions", register.transitions(e.orgId()));
    params.put("canEdit", SUPERVISORS.allows(pages.principal(ctx)));
    params.put("me", pages.principal(ctx).actor().label());
    params.put("error", error);
    ctx.status(status);
    pages.render(ctx, "supervision", "supervision.register.title", "supervision/vasp.jte", params);
  }

  private void decisionForm(Context ctx, java.util.function.Supplier<Transition> decision) {
    Transition t;
    try {
      t = decision.get();
    } catch (DomainException e) {
      Transition pending = register.transition(Params.pathId(ctx, "id"));
      VaspEntry entry = register.byOrg(pending.orgId()).orElseThrow();
      vaspPage(ctx, entry, e.getMessage(), HttpStatus.forStatus(e.status()));
      return;
    }
    ctx.redirect("/supervision/vasps/" + t.orgId().value(), HttpStatus.SEE_OTHER);
  }

  private void formAction(Context ctx, Runnable action) {
    try {
      action.run();
      ctx.redirect("/supervision/vasps/" + Params.pathId(ctx, "id"), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      vaspPage(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }
}
