package org.sovereign.reserve.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.reserve.proof.Attestations;

/** Proofs of reserves: start, sign, publish; the published proof is public. */
public final class ProofRoutes {
  private static final Access SIGNATURE_UPLOADERS =
      Access.roles(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER);

  private final Attestations attestations;
  private final Pages pages;

  public ProofRoutes(Attestations attestations, Pages pages) {
    this.attestations = attestations;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/transparency/reserve",
            Access.publicAccess(),
            "Published proof of reserves",
            this::publicPage)
        .api(
            HandlerType.GET,
            "/api/v1/transparency/reserve-proof",
            Access.publicAccess(),
            "The latest published proof of reserves",
            this::publicJson)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/attestations",
            ReserveRoutes.READERS,
            "Proof-of-reserves attestations",
            ctx ->
                ctx.json(
                    Map.of("attestations", attestations.all().stream().map(this::json).toList())))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/attestations",
            ReserveRoutes.OFFICERS,
            "Start an attestation over every vault coin",
            this::start)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/attestations/{id}/psbt",
            ReserveRoutes.READERS,
            "The proof PSBT to sign (binary)",
            this::download)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/attestations/{id}/signatures",
            SIGNATURE_UPLOADERS,
            "Upload a signed proof PSBT (binary or base64)",
            this::upload)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/attestations/{id}/publish",
            LedgerRoutes.APPROVERS,
            "Publish a fully signed proof",
            ctx ->
                ctx.json(
                    json(
                        attestations.publish(
                            pages.principal(ctx).actor(), Params.pathId(ctx, "id")))));
  }

  /** Body of {@code POST /api/v1/reserve/attestations}. */
  public record StartBody(String message) {}

  private void start(Context ctx) {
    StartBody body = JsonBodies.read(ctx, StartBody.class);
    ctx.status(HttpStatus.CREATED)
        .json(json(attestations.start(pages.principal(ctx).actor(), body.message())));
  }

  private void download(Context ctx) {
    var a = attestations.byId(Params.pathId(ctx, "id"));
    ctx.header(
        "Content-Disposition", "attachment; filename=\"proof-of-reserves-" + a.id() + ".psbt\"");
    ctx.contentType("application/octet-stream").result(a.signedPsbt());
  }

  private void upload(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    byte[] psbt;
    try {
      psbt =
          type.startsWith("application/octet-stream")
              ? ctx.bodyAsBytes()
              : Base64.getDecoder().decode(ctx.body().strip());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalidField("psbt", "is neither a binary PSBT nor base64 text");
    }
    ctx.json(
        json(
            attestations.uploadSigned(
                pages.principal(ctx).actor(), Params.pathId(ctx, "id"), psbt)));
  }

  private void publicJson(Context ctx) {
    var latest =
        attestations
            .latestPublished()
            .orElseThrow(() -> DomainException.notFound("a published proof of reserves"));
    ctx.json(attestations.proof(latest));
  }

  private void publicPage(Context ctx) {
    Map<String, Object> params = new java.util.HashMap<>();
    params.put("proof", attestations.latestPublished().map(attestations::proof).orElse(null));
    pages.render(ctx, "transparency", "reserve.proof.title", "reserve/proof.jte", params);
  }

  private Map<String, Object> json(Attestations.Attestation a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("message", a.message());
    json.put("height", a.height());
    json.put("block_hash", a.blockHash());
    json.put("total_sat", a.totalSat());
    json.put("coins", a.utxos().size());
    json.put("state", a.state().toLowerCase(java.util.Locale.ROOT));
    json.put("psbt", Base64.getEncoder().encodeToString(a.signedPsbt()));
    return json;
  }
}
