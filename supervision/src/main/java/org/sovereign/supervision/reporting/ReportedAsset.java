package org.sovereign.supervision.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An asset a liability snapshot may report, with the unit its balances are given in (whole numbers:
 * the smallest unit a 64-bit integer can carry for a national exchange's book).
 */
public record ReportedAsset(String code, String unit, int decimals) {
  public static final List<ReportedAsset> KNOWN =
      List.of(
          new ReportedAsset("BTC", "satoshi", 8),
          new ReportedAsset("ETH", "gwei", 9),
          new ReportedAsset("USDT", "micro-USDT", 6),
          new ReportedAsset("USDC", "micro-USDC", 6));

  public static Optional<ReportedAsset> byCode(String code) {
    String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return KNOWN.stream().filter(a -> a.code.equals(wanted)).findFirst();
  }
}
