package org.sovereign.supervision.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.Scopes;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.supervision.register.Register;
import org.sovereign.supervision.reporting.Snapshot;
import org.sovereign.supervision.reporting.SnapshotProofs;
import org.sovereign.supervision.reporting.Snapshots;

/** Reporting intake: VASP reporters upload liability snapshots; supervisors read them. */
public final class ReportingRoutes {
  static final Access REPORTERS = Access.clients(ClientKind.VASP_REPORTER);
  static final Access READERS_AND_REPORTER =
      Access.roles(Role.SUPERVISOR, Role.ANALYST, Role.AUDITOR).orClients(ClientKind.VASP_REPORTER);

  private final Snapshots snapshots;
  private final SnapshotProofs proofs;
  private final Register register;
  private final Pages pages;

  public ReportingRoutes(
      Snapshots snapshots, SnapshotProofs proofs, Register register, Pages pages) {
    this.snapshots = snapshots;
    this.proofs = proofs;
    this.register = register;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .api(
            HandlerType.POST,
            "/api/v1/vasps/{id}/snapshots",
            REPORTERS,
            "Upload a liability snapshot (CSV or NDJSON, streamed; the same file again is the same snapshot)",
            this::upload)
        .api(
            HandlerType.GET,
            "/api/v1/vasps/{id}/snapshots",
            READERS_AND_REPORTER,
            "A VASP's liability snapshots, newest cut-off first",
            ctx -> {
              OrgId org = vasp(ctx);
              ctx.json(
                  Map.of(
                      "snapshots", snapshots.ofOrg(org).stream().map(SnapshotJson::of).toList()));
            })
        .api(
            HandlerType.GET,
            "/api/v1/snapshots/{id}",
            READERS_AND_REPORTER,
            "A liability snapshot: cut-off, assets, totals, customer count and tree root",
            ctx -> ctx.json(SnapshotJson.of(snapshot(ctx))))
        .api(
            HandlerType.GET,
            "/api/v1/snapshots/{id}/proof",
            READERS_AND_REPORTER,
            "One customer's inclusion proof (?customer=ID), the JSON envelope the customer verifies",
            ctx ->
                ctx.contentType("application/json")
                    .result(proofs.of(snapshot(ctx), ctx.queryParam("customer"))))
        .api(
            HandlerType.GET,
            "/api/v1/snapshots/{id}/proofs.ndjson",
            READERS_AND_REPORTER,
            "Every customer's inclusion proof, one JSON object per line in leaf order (streamed)",
            this::allProofs);
  }

  private void allProofs(Context ctx) throws java.io.IOException {
    Snapshot s = snapshot(ctx);
    ctx.contentType("application/x-ndjson");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"snapshot-" + s.id() + "-proofs.ndjson\"");
    try (var out =
        new java.io.BufferedWriter(
            new java.io.OutputStreamWriter(
                ctx.outputStream(), java.nio.charset.StandardCharsets.UTF_8),
            1 << 16)) {
      proofs.writeAll(s, out);
    }
  }

  /** The VASP the path names, which a reporter's token must belong to. */
  OrgId vasp(Context ctx) {
    OrgId org = Params.orgId(ctx, "id");
    Scopes.requireOrganisation(pages.principal(ctx), org);
    register.byOrg(org).orElseThrow(() -> DomainException.notFound("VASP " + org));
    return org;
  }

  Snapshot snapshot(Context ctx) {
    long id = Params.pathId(ctx, "id");
    Snapshot s = snapshots.byId(id).orElseThrow(() -> DomainException.notFound("snapshot " + id));
    Scopes.requireOrganisation(pages.principal(ctx), s.orgId());
    return s;
  }

  private void upload(Context ctx) {
    OrgId org = vasp(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    Snapshots.Format format;
    if (type.startsWith("text/csv")) {
      format = Snapshots.Format.CSV;
    } else if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")) {
      format = Snapshots.Format.NDJSON;
    } else {
      throw new DomainException(
          415,
          "unsupported-media-type",
          "send the snapshot as text/csv or application/x-ndjson",
          null);
    }
    String assets = ctx.queryParam("assets");
    List<String> declared =
        assets == null || assets.isBlank()
            ? List.of()
            : Arrays.stream(assets.split(",")).map(String::strip).toList();
    Snapshots.Upload result =
        snapshots.upload(
            pages.principal(ctx).actor(),
            org,
            cutoff(ctx.queryParam("cutoff")),
            format,
            declared,
            ctx.bodyInputStream());
    ctx.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .json(SnapshotJson.of(result.snapshot()));
  }

  private static Instant cutoff(String text) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalidField(
          "cutoff", "is required (ISO-8601, e.g. 2026-11-01T00:00:00Z)");
    }
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalidField(
          "cutoff", "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
    }
  }
}
