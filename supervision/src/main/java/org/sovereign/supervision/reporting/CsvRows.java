package org.sovereign.supervision.reporting;

import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * CSV: a header {@code customer_id,BTC[,USDT...]} then one customer per line. Customer ids may be
 * quoted ({@code "a,b"}, {@code ""} for a quote); balances are whole numbers in the asset's unit.
 */
final class CsvRows extends RowReader {
  private final List<ReportedAsset> assets = new ArrayList<>();

  CsvRows(BufferedReader in) {
    super(in);
    String header = nextLine();
    if (header == null) {
      throw new IntakeException(1, "the file is empty: expected a header customer_id,ASSET...");
    }
    List<String> names =
        CsvCells.split(header.startsWith("\uFEFF") ? header.substring(1) : header, 1);
    if (names.size() < 2 || !names.getFirst().strip().equalsIgnoreCase("customer_id")) {
      throw new IntakeException(1, "the header must be customer_id followed by asset codes");
    }
    var seen = new HashSet<String>();
    for (String name : names.subList(1, names.size())) {
      ReportedAsset asset = asset(name, 1);
      if (!seen.add(asset.code())) {
        throw new IntakeException(1, "asset " + asset.code() + " appears twice in the header");
      }
      assets.add(asset);
    }
  }

  @Override
  public List<ReportedAsset> assets() {
    return assets;
  }

  @Override
  public LiabilityRow next() {
    String text = nextLine();
    if (text == null) {
      return null;
    }
    long line = line();
    List<String> cells = CsvCells.split(text, line);
    if (cells.size() != assets.size() + 1) {
      throw new IntakeException(
          line, "expected " + (assets.size() + 1) + " columns, found " + cells.size());
    }
    long[] balances = new long[assets.size()];
    for (int i = 0; i < balances.length; i++) {
      balances[i] = balance(cells.get(i + 1), assets.get(i), line);
    }
    return new LiabilityRow(line, customerId(cells.getFirst(), line), balances);
  }
}
