package org.sovereign.reserve.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;

/**
 * The reserve's accounts: what was held at a date per vault and source with its cost basis and
 * market value, and what came in and went out in a period. Built from the ledger's lots with, for
 * each, when it was acquired (the classified date, else its block's time) and when it was spent.
 */
public record AccountingReport(
    LocalDate date,
    LocalDate from,
    LocalDate to,
    List<Line> holdings,
    List<Line> acquisitions,
    List<Line> disposals,
    Money costUsd,
    Money marketUsd,
    Money marketPkr,
    long totalSat) {

  /** One row: a vault and a source with its satoshis, lot count and cost basis. */
  public record Line(
      String vault, LotKind source, long sat, int lots, Money costUsd, Money costPkr) {}

  /** A lot with the dates the report needs. */
  public record DatedLot(Lot lot, String vault, LocalDate acquired, LocalDate spent) {}

  public static AccountingReport of(
      LocalDate date,
      LocalDate from,
      LocalDate to,
      List<DatedLot> lots,
      BigDecimal btcUsd,
      BigDecimal usdPkr) {
    Map<String, Line> held = new TreeMap<>();
    Map<String, Line> in = new TreeMap<>();
    Map<String, Line> out = new TreeMap<>();
    for (DatedLot d : lots) {
      boolean acquiredByDate = !d.acquired().isAfter(date);
      boolean spentByDate = d.spent() != null && !d.spent().isAfter(date);
      if (acquiredByDate && !spentByDate) {
        add(held, d);
      }
      if (!d.acquired().isBefore(from) && !d.acquired().isAfter(to)) {
        add(in, d);
      }
      if (d.spent() != null && !d.spent().isBefore(from) && !d.spent().isAfter(to)) {
        add(out, d);
      }
    }
    long total = held.values().stream().mapToLong(Line::sat).sum();
    Money cost =
        held.values().stream().map(Line::costUsd).reduce(Money.zero(Currency.USD), Money::plus);
    Money marketUsd = MarketValue.usd(total, btcUsd);
    Money marketPkr = MarketValue.pkr(marketUsd, usdPkr);
    return new AccountingReport(
        date,
        from,
        to,
        List.copyOf(held.values()),
        List.copyOf(in.values()),
        List.copyOf(out.values()),
        cost,
        marketUsd,
        marketPkr,
        total);
  }

  private static void add(Map<String, Line> lines, DatedLot d) {
    String key = d.vault() + "\u0000" + d.lot().kind().name();
    Money usd = d.lot().costUsd() == null ? Money.zero(Currency.USD) : d.lot().costUsd();
    Money pkr = d.lot().costPkr() == null ? Money.zero(Currency.PKR) : d.lot().costPkr();
    lines.merge(
        key,
        new Line(d.vault(), d.lot().kind(), d.lot().value().value(), 1, usd, pkr),
        (a, b) ->
            new Line(
                a.vault(),
                a.source(),
                Math.addExact(a.sat(), b.sat()),
                a.lots() + b.lots(),
                a.costUsd().plus(b.costUsd()),
                a.costPkr().plus(b.costPkr())));
  }

  static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * CSV: one row per section, vault and source (amounts exact: BTC with 8 decimals, money with 2).
   */
  public String toCsv() {
    StringBuilder csv = new StringBuilder("section,vault,source,btc,lots,cost_usd,cost_pkr\n");
    List<List<Line>> sections = new ArrayList<>(List.of(holdings, acquisitions, disposals));
    String[] names = {"held_at_" + date, "acquired_" + from + "_" + to, "spent_" + from + "_" + to};
    for (int s = 0; s < sections.size(); s++) {
      for (Line line : sections.get(s)) {
        csv.append(names[s])
            .append(',')
            .append(quote(line.vault()))
            .append(',')
            .append(line.source().name().toLowerCase(java.util.Locale.ROOT))
            .append(',')
            .append(BigDecimal.valueOf(line.sat(), 8).toPlainString())
            .append(',')
            .append(line.lots())
            .append(',')
            .append(line.costUsd().toDecimal().toPlainString())
            .append(',')
            .append(line.costPkr().toDecimal().toPlainString())
            .append('\n');
      }
    }
    return csv.toString();
  }

  private static String quote(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
