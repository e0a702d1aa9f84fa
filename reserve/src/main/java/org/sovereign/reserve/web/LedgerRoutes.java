package org.sovereign.reserve.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.platform.web.Access;
import org.sovereign.platform.web.JsonBodies;
import org.sovereign.platform.web.Pages;
import org.sovereign.platform.web.Params;
import org.sovereign.platform.web.WebRoutes;
import org.sovereign.reserve.ledger.AccountingReport;
import org.sovereign.reserve.ledger.Ledger;
import org.sovereign.reserve.ledger.Lot;
import org.sovereign.reserve.ledger.Prices;
import org.sovereign.reserve.ledger.Proposal;
import org.sovereign.reserve.ledger.Valuation;

/** The acquisitions ledger: lots, maker-checker classification, prices and valuation. */
public final class LedgerRoutes {
  public static final Access APPROVERS = Access.roles(Role.RESERVE_APPROVER);

  private final Ledger ledger;
  private final Prices prices;
  private final Pages pages;
  private final java.time.Clock clock;

  public LedgerRoutes(Ledger ledger, Prices prices, Pages pages, java.time.Clock clock) {
    this.ledger = ledger;
    this.prices = prices;
    this.pages = pages;
    this.clock = clock;
  }

  public void register(WebRoutes routes) {
    routes
        .page(
            HandlerType.GET,
            "/reserve/ledger",
            ReserveRoutes.READERS,
            "Acquisitions ledger",
            ctx -> page(ctx, null, HttpStatus.OK))
        .page(
            HandlerType.POST,
            "/reserve/lots/{id}/classification",
            ReserveRoutes.OFFICERS,
            "Propose a lot's classification",
            this::proposeForm)
        .page(
            HandlerType.POST,
            "/reserve/classifications/{id}/approve",
            APPROVERS,
            "Approve a classification",
            this::approveForm)
        .page(
            HandlerType.POST,
            "/reserve/classifications/{id}/reject",
            APPROVERS,
            "Reject a classification",
            this::rejectForm)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/lots",
            ReserveRoutes.READERS,
            "Lots of the acquisitions ledger",
            ctx ->
                ctx.json(
                    Map.of("lots", ledger.lots().stream().map(LedgerRoutes::lotJson).toList())))
        .api(
            HandlerType.POST,
            "/api/v1/reserve/lots/{id}/classification",
            ReserveRoutes.OFFICERS,
            "Propose a lot's classification",
            this::proposeJson)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/classifications/{id}/approve",
            APPROVERS,
            "Approve a classification (a second person)",
            this::approveJson)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/classifications/{id}/reject",
            APPROVERS,
            "Reject a classification with a reason",
            this::rejectJson)
        .api(
            HandlerType.POST,
            "/api/v1/reserve/prices",
            ReserveRoutes.OFFICERS,
            "Import prices (CSV: date,pair,price[,source])",
            this::importPrices)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/valuation",
            ReserveRoutes.READERS,
            "Holdings at a date: by source, cost basis and market value",
            this::valuationJson)
        .page(
            HandlerType.GET,
            "/reserve/accounting",
            ReserveRoutes.READERS,
            "The reserve's accounts",
            this::accountingPage)
        .api(
            HandlerType.GET,
            "/api/v1/reserve/accounting",
            ReserveRoutes.READERS,
            "Holdings at a date per vault and source, cost basis, market value, movements in a period (JSON or CSV)",
            this::accountingData);
  }

  private void page(Context ctx, String error, HttpStatus status) {
    Map<String, Object> params = new HashMap<>();
    params.put("lots", ledger.lots());
    params.put("proposals", ledger.pendingProposals());
    params.put("valuation", valuation(today()));
    params.put("canPropose", ReserveRoutes.OFFICERS.allows(pages.principal(ctx)));
    params.put("canApprove", APPROVERS.allows(pages.principal(ctx)));
    params.put("error", error);
    params.put("valueChart", valueChart());
    ctx.status(status);
    pages.render(ctx, "reserve", "reserve.ledger.title", "reserve/ledger.jte", params);
  }

  /**
   * Market value (USD) of what was held on each priced day, as a bar chart; null without prices.
   */
  private String valueChart() {
    var series = prices.series("BTCUSD");
    if (series.isEmpty()) {
      return null;
    }
    var lots = ledger.lots();
    List<String> days = new java.util.ArrayList<>();
    List<java.math.BigDecimal> values = new java.util.ArrayList<>();
    for (var price : series.subList(Math.max(0, series.size() - 365), series.size())) {
      Valuation v = Valuation.of(price.day(), lots, price.price(), null);
      days.add(price.day().toString());
      values.add(v.marketUsd() == null ? java.math.BigDecimal.ZERO : v.marketUsd().toDecimal());
    }
    return org.sovereign.platform.web.Charts.bars(
        days, values, pages.messages().get("reserve.ledger.market-usd"));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private Valuation valuation(LocalDate date) {
    return Valuation.of(
        date,
        ledger.lots(),
        prices.onOrBefore("BTCUSD", date).orElse(null),
        prices.onOrBefore("USDPKR", date).orElse(null));
  }

  private void proposeForm(Context ctx) {
    Map<String, String> details = new LinkedHashMap<>();
    for (String key :
        List.of(
            "acquired_on",
            "counterparty",
            "reference",
            "case_reference",
            "court_order_reference",
            "site",
            "payout",
            "from_vault")) {
      details.put(key, ctx.formParam(key));
    }
    formAction(
        ctx,
        () ->
            ledger.propose(
                pages.principal(ctx).actor(),
                Params.pathId(ctx, "id"),
                ctx.formParam("classification"),
                details,
                ctx.formParam("cost_usd")));
  }

  private void approveForm(Context ctx) {
    formAction(ctx, () -> ledger.approve(pages.principal(ctx).actor(), Params.pathId(ctx, "id")));
  }

  private void rejectForm(Context ctx) {
    formAction(
        ctx,
        () ->
            ledger.reject(
                pages.principal(ctx).actor(), Params.pathId(ctx, "id"), ctx.formParam("reason")));
  }

  private void formAction(Context ctx, Runnable action) {
    try {
      action.run();
      ctx.redirect("/reserve/ledger", HttpStatus.SEE_OTHER);
    } catch (DomainException e) {
      page(ctx, e.getMessage(), HttpStatus.forStatus(e.status()));
    }
  }

  /** Body of a classification proposal. */
  public record ClassificationBody(
      String classification, Map<String, String> details, String cost_usd) {}

  private void proposeJson(Context ctx) {
    ClassificationBody body = JsonBodies.read(ctx, ClassificationBody.class);
    Proposal p =
        ledger.propose(
            pages.principal(ctx).actor(),
            Params.pathId(ctx, "id"),
            body.classification(),
            body.details(),
            body.cost_usd());
    ctx.status(HttpStatus.CREATED).json(proposalJson(p));
  }

  private void approveJson(Context ctx) {
    ctx.json(lotJson(ledger.approve(pages.principal(ctx).actor(), Params.pathId(ctx, "id"))));
  }

  /** Body of a rejection. */
  public record RejectBody(String reason) {}

  private void rejectJson(Context ctx) {
    RejectBody body = JsonBodies.read(ctx, RejectBody.class);
    ctx.json(
        proposalJson(
            ledger.reject(pages.principal(ctx).actor(), Params.pathId(ctx, "id"), body.reason())));
  }

  private void importPrices(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    if (!type.startsWith("text/csv") && !type.startsWith("text/plain")) {
      throw new DomainException(415, "unsupported-media-type", "send the prices as text/csv", null);
    }
    String source = ctx.queryParam("source") == null ? "import" : ctx.queryParam("source");
    int rows = prices.importCsv(pages.principal(ctx).actor(), new StringReader(ctx.body()), source);
    ctx.json(Map.of("imported", rows));
  }

  private void valuationJson(Context ctx) {
    String raw = ctx.queryParam("date");
    LocalDate date;
    try {
      date = raw == null ? today() : LocalDate.parse(raw);
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalidField("date", "must be YYYY-MM-DD, not '" + raw + "'");
    }
    Valuation v = valuation(date);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", v.date().toString());
    json.put("total_sat", v.total().value());
    Map<String, Long> bySource = new LinkedHashMap<>();
    v.bySource()
        .forEach((k, s) -> bySource.put(k.name().toLowerCase(java.util.Locale.ROOT), s.value()));
    json.put("by_source_sat", bySource);
    json.put("cost_usd", v.costUsd().toDecimal().toPlainString());
    json.put("cost_pkr", v.costPkr().toDecimal().toPlainString());
    json.put(
        "market_usd", v.marketUsd() == null ? null : v.marketUsd().toDecimal().toPlainString());
    json.put(
        "market_pkr", v.marketPkr() == null ? null : v.marketPkr().toDecimal().toPlainString());
    json.put("btc_usd", v.btcUsd() == null ? null : v.btcUsd().toPlainString());
    json.put("usd_pkr", v.usdPkr() == null ? null : v.usdPkr().toPlainString());
    ctx.json(json);
  }

  private AccountingReport report(Context ctx) {
    LocalDate date = dateParam(ctx, "date", today());
    LocalDate from = dateParam(ctx, "from", date.withDayOfYear(1));
    LocalDate to = dateParam(ctx, "to", date);
    if (from.isAfter(to)) {
      throw DomainException.invalidField("from", "must not be after 'to'");
    }
    return AccountingReport.of(
        date,
        from,
        to,
        ledger.datedLots(),
        prices.onOrBefore("BTCUSD", date).orElse(null),
        prices.onOrBefore("USDPKR", date).orElse(null));
  }

  private static LocalDate dateParam(Context ctx, String name, LocalDate fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw DomainException.invalidField(name, "must be YYYY-MM-DD, not '" + raw + "'");
    }
  }

  private void accountingPage(Context ctx) {
    pages.render(
        ctx,
        "reserve",
        "reserve.accounting.title",
        "reserve/accounting.jte",
        Map.of("report", report(ctx)));
  }

  private void accountingData(Context ctx) {
    AccountingReport report = report(ctx);
    if ("csv".equalsIgnoreCase(ctx.queryParam("format"))) {
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"reserve-accounts-" + report.date() + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(report.toCsv());
      return;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("date", report.date().toString());
    json.put("from", report.from().toString());
    json.put("to", report.to().toString());
    json.put("total_sat", report.totalSat());
    json.put("cost_usd", report.costUsd().toDecimal().toPlainString());
    json.put(
        "market_usd",
        report.marketUsd() == null ? null : report.marketUsd().toDecimal().toPlainString());
    json.put(
        "market_pkr",
        report.marketPkr() == null ? null : report.marketPkr().toDecimal().toPlainString());
    json.put("holdings", report.holdings().stream().map(LedgerRoutes::lineJson).toList());
    json.put("acquisitions", report.acquisitions().stream().map(LedgerRoutes::lineJson).toList());
    json.put("disposals", report.disposals().stream().map(LedgerRoutes::lineJson).toList());
    ctx.json(json);
  }

  private static Map<String, Object> lineJson(AccountingReport.Line line) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("vault", line.vault());
    json.put("source", line.source().name().toLowerCase(java.util.Locale.ROOT));
    json.put("sat", line.sat());
    json.put("lots", line.lots());
    json.put("cost_usd", line.costUsd().toDecimal().toPlainString());
    json.put("cost_pkr", line.costPkr().toDecimal().toPlainString());
    return json;
  }

  static Map<String, Object> lotJson(Lot lot) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", lot.id());
    json.put("vault", lot.vaultId());
    json.put("outpoint", lot.outPoint().toString());
    json.put("value_sat", lot.value().value());
    json.put("height", lot.height());
    json.put("classification", lot.kind().name().toLowerCase(java.util.Locale.ROOT));
    json.put("details", lot.details());
    json.put("cost_usd", lot.costUsd() == null ? null : lot.costUsd().toDecimal().toPlainString());
    json.put("cost_pkr", lot.costPkr() == null ? null : lot.costPkr().toDecimal().toPlainString());
    json.put("classified_by", lot.classifiedBy());
    json.put("approved_by", lot.approvedBy());
    return json;
  }

  static Map<String, Object> proposalJson(Proposal p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", p.id());
    json.put("lot", p.lotId());
    json.put("classification", p.kind().name().toLowerCase(java.util.Locale.ROOT));
    json.put("details", p.details());
    json.put("cost_usd", p.costUsd() == null ? null : p.costUsd().toDecimal().toPlainString());
    json.put("cost_pkr", p.costPkr() == null ? null : p.costPkr().toDecimal().toPlainString());
    json.put("proposed_by", p.proposedBy());
    json.put("state", p.state().toLowerCase(java.util.Locale.ROOT));
    json.put("decided_by", p.decidedBy());
    json.put("reason", p.reason());
    return json;
  }
}
