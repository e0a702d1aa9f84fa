package org.sovereign.reserve.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sovereign.base.Currency;
import org.sovereign.base.Money;
import org.sovereign.base.Sats;

/**
 * Holdings at a date, per source, with cost basis against market value. Lots acquired after the
 * date are left out; market value uses the BTC/USD price and USD/PKR rate on or before the date.
 */
public record Valuation(
    LocalDate date,
    Sats total,
    Map<LotKind, Sats> bySource,
    Money costUsd,
    Money costPkr,
    Money marketUsd,
    Money marketPkr,
    BigDecimal btcUsd,
    BigDecimal usdPkr) {

  /** Values {@code lots} held on {@code date} (lots whose acquisition date is not after it). */
  public static Valuation of(LocalDate date, List<Lot> lots, BigDecimal btcUsd, BigDecimal usdPkr) {
    Sats total = Sats.ZERO;
    Map<LotKind, Sats> bySource = new EnumMap<>(LotKind.class);
    Money costUsd = Money.zero(Currency.USD);
    Money costPkr = Money.zero(Currency.PKR);
    for (Lot lot : lots) {
      String acquired = lot.details().get("acquired_on");
      if (acquired != null && LocalDate.parse(acquired).isAfter(date)) {
        continue;
      }
      total = total.plus(lot.value());
      bySource.merge(lot.kind(), lot.value(), Sats::plus);
      if (lot.costUsd() != null) {
        costUsd = costUsd.plus(lot.costUsd());
      }
      if (lot.costPkr() != null) {
        costPkr = costPkr.plus(lot.costPkr());
      }
    }
    Money marketUsd = MarketValue.usd(total.value(), btcUsd);
    Money marketPkr = MarketValue.pkr(marketUsd, usdPkr);
    return new Valuation(
        date, total, bySource, costUsd, costPkr, marketUsd, marketPkr, btcUsd, usdPkr);
  }
}
