package org.sovereign.reserve.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
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
import org.sovereign.reserve.vault.Custodian;
import org.sovereign.reserve.vault.Holdings;
import org.sovereign.reserve.vault.NewVault;
import org.sovereign.reserve.vault.Vault;
import org.sovereign.reserve.vault.Vaults;

/** Vault pages and API: list with balances, registration, details, receive addresses. */
public final class ReserveRoutes {
  public static final Access READERS =
      Access.roles(Role.RESERVE_OFFICER, Role.RESERVE_APPROVER, Role.AUDITOR);
  public static final Access OFFICERS = Access.roles(Role.RESERVE_OFFICER);

  private final Vaults vaults;
  private final Holdings holdings;
  private final Pages pages;

  public ReserveRoutes(Vaults vaults, Holdings holdings, Pages pages) {
    this.vaults = vaults;
    this.holdings = holdings;
    this.pages = pages;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/reserve",
            READERS,
            "Reserve: vaults and balances",
            ctx -> overview(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST, "/reserve/vaults", OFFICERS, "Register a vault", this::createFromForm)
        .page(
            HandlerType.GET,
            "/reserve/vaults/{id}",
            READERS,
            "A vault",
            ctx -> vaultPage(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST,
            "/reserve/vaults/{id}/addresses",
            OFFICERS,
            "Issue a receive address",
            this::issueFromForm)
        .api(HandlerType.GET, "/api/v1/reserve/vaults", READERS, "List vaults", this::listJson)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/vaults",
            OFFICERS,
            "Register a vault",
            this::createJson)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/vaults/{id}",
            READERS,
            "A vault with its holdings",
            this::vaultJson)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/vaults/{id}/addresses",
            OFFICERS,
            "Issue the next receive address",
            this::issueJson);
  }

  /** One row of the vault list. */
  public record VaultRow(Vault vault, String balance, int utxos) {}

  private void overview(Context ctx, String error, HttpStatus status) {
    List<VaultRow> rows = new ArrayList<>();
    Sats total = Sats.ZERO;
    for (Vault vault : vaults.all()) {
      var held = holdings.of(vault);
      Sats balance = held.map(Holdings.VaultHoldings::confirmed).orElse(Sats.ZERO);
      total = total.plus(balance);
      rows.add(
          new VaultRow(
              vault,
              held.map(h -> h.confirmed().toBtcString()).orElse("—"),
              held.map(h -> h.unspent().size()).orElse(0)));
    }
    Map<String, Object> params = new HashMap<>();
    params.put("rows", rows);
    params.put("total", total.toBtcString());
    params.put("chainAvailable", holdings.chainAvailable());
    params.put("canEdit", OFFICERS.allows(pages.principal(ctx)));
    params.put("network", vaults.network().name().toLowerCase(java.util.Locale.ROOT));
    params.put("error", error);
    params.put("chart", historyChart(holdings.totalHistory(vaults.all())));
    ctx.status(status);
    pages.render(ctx, "reserve", "reserve.title", "reserve/overview.jte", params);
  }

  /** Balance history as ECharts JSON (BTC, exact decimals), or null when there is none. */
  private String historyChart(List<Holdings.Point> points) {
    if (points.isEmpty()) {
      return null;
    }
    List<Integer> heights = points.stream().map(Holdings.Point::height).toList();
    List<java.math.BigDecimal> btc =
        points.stream().map(p -> java.math.BigDecimal.valueOf(p.balanceSat(), 8)).toList();
    return org.sovereign.platform.web.Charts.steps(
        heights,
        btc,
        pages.messages().get("reserve.vault.balance"),
        pages.messages().get("reserve.chart.height"),
        "BTC");
  }

  private void createFromForm(Context ctx) {
    try {
      NewVault input =
          new NewVault(
              ctx.formParam("name"),
              ctx.formParam("purpose"),
              ctx.formParam("descriptor"),
              parseInt("quorum", ctx.formParam("quorum")),
              parseInt("gap_limit", ctx.formParam("gap_limit")),
              custodianLines(ctx.formParam("custodians")));
      Vault vault = vaults.create(pages.principal(ctx).actor(), input);
      ctx.redirect("/reserve/vaults/" + vault.id(), HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      overview(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }

  /** "name, fingerprint, where the key is kept" per line. */
  static List<Custodian> custodianLines(String text) {
    List<Custodian> custodians = new ArrayList<>();
    if (text == null) {
      return custodians;
    }
    String[] lines = text.strip().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = lines[i].split(",", 3);
      if (parts.length != 3) {
        throw DomainException.invalidField(
            "custodians",
            "line " + (i + 1) + " must read: name, fingerprint, where the key is kept");
      }
      custodians.add(new Custodian(parts[0].strip(), parts[1].strip(), parts[2].strip()));
    }
    return custodians;
  }

  private static Integer parseInt(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalidField(field, "must be a whole number, not '" + raw + "'");
    }
  }

  private Vault vault(Context ctx) {
    long id = Params.pathId(ctx, "id");
    return vaults.byId(id).orElseThrow(() -> DomainException.notFound("vault " + id));
  }

  private void vaultPage(Context ctx, String error, HttpStatus status) {
    Vault vault = vault(ctx);
    Map<String, Object> params = new HashMap<>();
    params.put("vault", vault);
    params.put("addresses", vaults.addresses(vault.id()));
    params.put("holdings", holdings.of(vault).orElse(null));
    params.put("canEdit", OFFICERS.allows(pages.principal(ctx)));
    params.put("error", error);
    params.put("chart", historyChart(holdings.history(vault)));
    ctx.status(status);
    pages.render(ctx, "reserve", "reserve.vault.title", "reserve/vault.jte", params);
  }

  private void issueFromForm(Context ctx) {
    Vault vault = vault(ctx);
    vaults.issueReceiveAddress(pages.principal(ctx).actor(), vault.id(), ctx.formParam("label"));
    ctx.redirect("/reserve/vaults/" + vault.id() + "#addresses", HttpStatus.SEE_OTHER);
  }

  private void listJson(Context ctx) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Vault vault : vaults.all()) {
      Map<String, Object> json = ReserveJson.vault(vault);
      holdings.of(vault).ifPresent(h -> json.put("confirmed_sat", h.confirmed().value()));
      list.add(json);
    }
    ctx.json(Map.of("vaults", list));
  }

  private void createJson(Context ctx) {
    NewVault input = JsonBodies.read(ctx, NewVault.class);
    ctx.status(HttpStatus.CREATED)
        .json(ReserveJson.vault(vaults.create(pages.principal(ctx).actor(), input)));
  }

  private void vaultJson(Context ctx) {
    Vault vault = vault(ctx);
    Map<String, Object> json = new LinkedHashMap<>(ReserveJson.vault(vault));
    json.put("addresses", ReserveJson.addresses(vaults.addresses(vault.id())));
    json.put("holdings", holdings.of(vault).map(ReserveJson::holdings).orElse(null));
    ctx.json(json);
  }

  /** Body of {@code POST /api/v1/reserve/vaults/{id}/addresses}. */
  public record AddressRequest(String label) {}

  private void issueJson(Context ctx) {
    Vault vault = vault(ctx);
    String label = ctx.body().isBlank() ? null : JsonBodies.read(ctx, AddressRequest.class).label();
    ctx.status(HttpStatus.CREATED)
        .json(
            ReserveJson.address(
                vaults.issueReceiveAddress(pages.principal(ctx).actor(), vault.id(), label)));
  }
}
