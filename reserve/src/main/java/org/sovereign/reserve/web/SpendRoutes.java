package org.sovereign.reserve.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Sats;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.reserve.spend.Destination;
import org.sovereign.reserve.spend.SpendPolicy;
import org.sovereign.reserve.spend.SpendProposal;
import org.sovereign.reserve.spend.SpendRequest;
import org.sovereign.reserve.spend.Spending;
import org.sovereign.reserve.vault.Vaults;

/** Spend proposals: propose, approve, download and upload PSBTs, broadcast. */
public final class SpendRoutes {
  private static final Access SIGNATURE_UPLOADERS =
      Access.roles(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER);
  private static final Access POLICY_SETTERS = Access.roles(Role.ADMIN);

  private final Spending spending;
  private final Vaults vaults;
  private final Pages pages;

  public SpendRoutes(Spending spending, Vaults vaults, Pages pages) {
    this.spending = spending;
    this.vaults = vaults;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/reserve/spends",
            ReserveRoutes.READERS,
            "Spend proposals",
            this::listPage)
        .page(
            HandlerType.GET,
            "/reserve/spends/{id}",
            ReserveRoutes.READERS,
            "A spend proposal",
            ctx -> detailPage(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST,
            "/reserve/spends",
            ReserveRoutes.OFFICERS,
            "Propose a spend from the console",
            this::proposeFromForm)
        .page(
            HandlerType.POST,
            "/reserve/spends/{id}/release",
            ReserveRoutes.OFFICERS,
            "Release an emergency spend whose timelock has run out",
            ctx ->
                formAction(
                    ctx,
                    () -> spending.release(pages.principal(ctx).actor(), Params.pathId(ctx, "id"))))
        .page(
            HandlerType.POST,
            "/reserve/spends/{id}/veto",
            LedgerRoutes.APPROVERS,
            "Veto a spend that has no PSBT yet",
            ctx ->
                formAction(
                    ctx,
                    () ->
                        spending.veto(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            ctx.formParam("reason"))))
        .page(
            HandlerType.POST,
            "/reserve/spends/{id}/approve",
            LedgerRoutes.APPROVERS,
            "Approve a spend",
            ctx ->
                formAction(
                    ctx,
                    () -> spending.approve(pages.principal(ctx).actor(), Params.pathId(ctx, "id"))))
        .page(
            HandlerType.POST,
            "/reserve/spends/{id}/signatures",
            SIGNATURE_UPLOADERS,
            "Upload a signed PSBT",
            ctx ->
                formAction(
                    ctx,
                    () ->
                        spending.uploadSigned(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            decodeBase64(ctx.formParam("psbt")))))
        .page(
            HandlerType.POST,
            "/reserve/spends/{id}/broadcast",
            ReserveRoutes.OFFICERS,
            "Broadcast a ready spend",
            ctx ->
                formAction(
                    ctx,
                    () ->
                        spending.broadcast(pages.principal(ctx).actor(), Params.pathId(ctx, "id"))))
        .api(
            HandlerType.GET,
            "/api/v1/reserve/spends",
            ReserveRoutes.READERS,
            "Spend proposals",
            ctx -> ctx.json(Map.of("spends", spending.all().stream().map(this::json).toList())))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/vaults/{id}/spends",
            ReserveRoutes.OFFICERS,
            "Propose a spend (checked by the policy engine)",
            this::propose)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/spends/{id}",
            ReserveRoutes.READERS,
            "A spend proposal with its PSBTs and signers",
            ctx -> ctx.json(json(spending.byId(Params.pathId(ctx, "id")))))
        .api(
            HandlerType.GET,
            "/api/v1/reserve/spends/{id}/psbt",
            ReserveRoutes.READERS,
            "The PSBT to sign, as a binary .psbt file",
            this::download)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/spends/{id}/approve",
            LedgerRoutes.APPROVERS,
            "Approve a spend (not the proposer)",
            ctx ->
                ctx.json(
                    json(spending.approve(pages.principal(ctx).actor(), Params.pathId(ctx, "id")))))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/spends/{id}/release",
            ReserveRoutes.OFFICERS,
            "Release an emergency spend whose timelock has run out (builds its PSBT)",
            ctx ->
                ctx.json(
                    json(spending.release(pages.principal(ctx).actor(), Params.pathId(ctx, "id")))))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/spends/{id}/veto",
            LedgerRoutes.APPROVERS,
            "Veto a spend that has no PSBT yet, with a reason",
            ctx ->
                ctx.json(
                    json(
                        spending.veto(
                            pages.principal(ctx).actor(),
                            Params.pathId(ctx, "id"),
                            JsonBodies.read(ctx, VetoBody.class).reason()))))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/spends/{id}/signatures",
            SIGNATURE_UPLOADERS,
            "Upload a signed PSBT (binary, or base64 text)",
            this::upload)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/spends/{id}/broadcast",
            ReserveRoutes.OFFICERS,
            "Broadcast a ready spend",
            ctx ->
                ctx.json(
                    json(
                        spending.broadcast(
                            pages.principal(ctx).actor(), Params.pathId(ctx, "id")))))
        .api(
            HandlerType.PUT,
            "/api/v1/reserve/vaults/{id}/policy",
            POLICY_SETTERS,
            "Set a vault's spending policy",
            this::setPolicy);
  }

  private void propose(Context ctx) {
    SpendRequest request = JsonBodies.read(ctx, SpendRequest.class);
    ctx.status(HttpStatus.CREATED)
        .json(
            json(
                spending.propose(pages.principal(ctx).actor(), Params.pathId(ctx, "id"), request)));
  }

  private void download(Context ctx) {
    SpendProposal p = spending.byId(Params.pathId(ctx, "id"));
    if (p.psbt() == null) {
      throw new DomainException(
          409, "psbt-not-built", "the PSBT is built once the spend has its approvals", null);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"spend-" + p.id() + ".psbt\"");
    ctx.contentType("application/octet-stream")
        .result(p.signedPsbt() != null ? p.signedPsbt() : p.psbt());
  }

  private void upload(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    byte[] psbt =
        type.startsWith("application/octet-stream") ? ctx.bodyAsBytes() : decodeBase64(ctx.body());
    var result =
        spending.uploadSigned(pages.principal(ctx).actor(), Params.pathId(ctx, "id"), psbt);
    Map<String, Object> json = new LinkedHashMap<>(json(result.proposal()));
    json.put("missing", result.missing());
    ctx.json(json);
  }

  /** Body of {@code PUT /api/v1/reserve/vaults/{id}/policy}. */
  public record PolicyBody(
      Integer period_days,
      Long limit_sat,
      Integer min_approvals,
      Integer emergency_approvals,
      Integer emergency_delay_hours) {}

  /** Body of {@code POST /api/v1/reserve/spends/{id}/veto}. */
  public record VetoBody(String reason) {}

  private void setPolicy(Context ctx) {
    PolicyBody body = JsonBodies.read(ctx, PolicyBody.class);
    if (body.period_days() == null || body.min_approvals() == null) {
      throw DomainException.invalidField(
          body.period_days() == null ? "period_days" : "min_approvals", "is required");
    }
    long vault = Params.pathId(ctx, "id");
    spending.setPolicy(
        pages.principal(ctx).actor(),
        vault,
        new SpendPolicy(
            body.period_days(),
            body.limit_sat(),
            body.min_approvals(),
            body.emergency_approvals(),
            body.emergency_delay_hours()));
    SpendPolicy stored = spending.policy(vault);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("vault", vault);
    json.put("period_days", stored.periodDays());
    json.put("limit_sat", stored.limitSat());
    json.put("min_approvals", stored.minApprovals());
    json.put("emergency_approvals", stored.emergencyApprovals());
    json.put("emergency_delay_hours", stored.emergencyDelayHours());
    ctx.json(json);
  }

  private static byte[] decodeBase64(String text) {
    try {
      return Base64.getDecoder().decode(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField(
          "psbt", "is neither a binary PSBT nor base64 text: " + e.getMessage());
    }
  }

  private Map<String, Object> json(SpendProposal p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", p.id());
    json.put("vault", p.vaultId());
    json.put("state", p.state().toLowerCase(java.util.Locale.ROOT));
    json.put("purpose", p.purpose());
    json.put("authority_reference", p.authorityReference());
    json.put("fee_rate", p.feeRate());
    json.put("destinations", p.destinations());
    json.put("proposed_by", p.proposedBy());
    json.put("approvers", p.approvers());
    json.put("fee_sat", p.feeSat());
    json.put("psbt", p.psbt() == null ? null : Base64.getEncoder().encodeToString(p.psbt()));
    json.put(
        "signed_psbt",
        p.signedPsbt() == null ? null : Base64.getEncoder().encodeToString(p.signedPsbt()));
    json.put("signers", spending.signers(p));
    json.put("txid", p.txid());
    json.put("emergency", p.emergency());
    json.put("unlocks_at", p.unlocksAt() == null ? null : p.unlocksAt().toString());
    json.put("vetoed_by", p.decidedBy());
    json.put("veto_reason", p.note());
    return json;
  }

  private void listPage(Context ctx) {
    pages.render(
        ctx, "reserve", "reserve.spends.title", "reserve/spends.jte", listParams(ctx, null));
  }

  private Map<String, Object> listParams(Context ctx, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("spends", spending.all());
    params.put("vaults", vaults.all());
    params.put("destinations", spending.suggestedDestinations());
    params.put("canPropose", ReserveRoutes.OFFICERS.allows(pages.principal(ctx)));
    params.put("error", error);
    return params;
  }

  private void proposeFromForm(Context ctx) {
    try {
      long vault = Params.requiredLong(ctx.formParam("vault"), "vault");
      String amount = ctx.formParam("amount_btc");
      long sats;
      try {
        sats = Sats.parseBtc(amount == null ? "" : amount.strip()).value();
      } catch (RuntimeException e) {
        throw DomainException.invalidField("amount_btc", e.getMessage());
      }
      SpendRequest request =
          new SpendRequest(
              ctx.formParam("purpose"),
              ctx.formParam("authority_reference"),
              Params.requiredInt(ctx.formParam("fee_rate"), "fee_rate"),
              List.of(new Destination(ctx.formParam("address"), sats)),
              "on".equals(ctx.formParam("emergency")));
      SpendProposal created = spending.propose(pages.principal(ctx).actor(), vault, request);
      ctx.redirect("/reserve/spends/" + created.id(), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      ctx.status(HttpStatus.forStatus(e.status()));
      pages.render(
          ctx,
          "reserve",
          "reserve.spends.title",
          "reserve/spends.jte",
          listParams(ctx, e.getMessage()));
    }
  }

  private void detailPage(Context ctx, String error, HttpStatus status) {
    SpendProposal p = spending.byId(Params.pathId(ctx, "id"));
    Map<String, Object> params = new HashMap<>();
    params.put("spend", p);
    params.put("signers", spending.signers(p));
    params.put(
        "psbtBase64",
        p.signedPsbt() == null ? null : Base64.getEncoder().encodeToString(p.signedPsbt()));
    params.put("canApprove", LedgerRoutes.APPROVERS.allows(pages.principal(ctx)));
    params.put("canRelease", ReserveRoutes.OFFICERS.allows(pages.principal(ctx)));
    params.put("canUpload", SIGNATURE_UPLOADERS.allows(pages.principal(ctx)));
    params.put("canBroadcast", ReserveRoutes.OFFICERS.allows(pages.principal(ctx)));
    params.put("error", error);
    ctx.status(status);
    pages.render(ctx, "reserve", "reserve.spends.title", "reserve/spend.jte", params);
  }

  private void formAction(Context ctx, Runnable action) {
    try {
      action.run();
      ctx.redirect("/reserve/spends/" + Params.pathId(ctx, "id"), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      detailPage(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }
}
