package org.sovereign.reserve.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;

/**
 * Daily price series (BTC/USD, USD/PKR) imported from CSV ({@code date,pair,price[,source]}). A
 * file is checked whole before anything is stored; re-importing a day replaces its price.
 */
public final class Prices {
  private final Tx tx;
  private final AuditLog audit;

  public Prices(Tx tx, AuditLog audit) {
    this.tx = tx;
    this.audit = audit;
  }

  /** One validated price row. */
  public record Price(LocalDate day, String pair, BigDecimal price, String source) {}

  public int importCsv(Actor actor, Reader csv, String defaultSource) {
    List<Price> rows = parse(csv, defaultSource);
    return tx.inTransaction(
        h -> {
          for (Price p : rows) {
            h.createUpdate(
                    "INSERT INTO prices (day, pair, price, source) VALUES (:d, :p, :v, :s)"
                        + " ON CONFLICT (day, pair) DO UPDATE SET price = EXCLUDED.price, source = EXCLUDED.source")
                .bind("d", p.day())
                .bind("p", p.pair())
                .bind("v", p.price())
                .bind("s", p.source())
                .execute();
          }
          audit.append(
              h,
              actor,
              "prices.imported",
              "prices",
              Map.of("rows", rows.size(), "source", defaultSource));
          return rows.size();
        });
  }

  static List<Price> parse(Reader csv, String defaultSource) {
    List<Price> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(csv)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()
            || (number == 1 && line.toLowerCase(java.util.Locale.ROOT).startsWith("date"))) {
          continue;
        }
        rows.add(row(line, number, defaultSource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new DomainException(422, "empty-file", "the price file has no rows", "file");
    }
    return rows;
  }

  private static Price row(String line, int number, String defaultSource) {
    String[] cells = line.split(",", -1);
    if (cells.length < 3 || cells.length > 4) {
      throw lineError(
          number, "expected date,pair,price[,source], found " + cells.length + " column(s)");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(cells[0].strip());
    } catch (DateTimeParseException e) {
      throw lineError(number, "date '" + cells[0].strip() + "' is not YYYY-MM-DD");
    }
    String pair = cells[1].strip().toUpperCase(java.util.Locale.ROOT).replace("/", "");
    if (!pair.equals("BTCUSD") && !pair.equals("USDPKR")) {
      throw lineError(number, "pair '" + cells[1].strip() + "' is not BTCUSD or USDPKR");
    }
    BigDecimal price;
    try {
      price = new BigDecimal(cells[2].strip());
    } catch (NumberFormatException e) {
      throw lineError(number, "price '" + cells[2].strip() + "' is not a decimal number");
    }
    if (price.signum() <= 0
        || price.stripTrailingZeros().scale() > 8
        || price.precision() - price.scale() > 16) {
      throw lineError(
          number, "price " + cells[2].strip() + " must be positive with at most 8 decimals");
    }
    String source = cells.length == 4 && !cells[3].isBlank() ? cells[3].strip() : defaultSource;
    return new Price(day, pair, price, source);
  }

  private static DomainException lineError(int line, String message) {
    return new DomainException(
        422, "invalid-line", "line " + line + ": " + message, "line " + line);
  }

  /** The price of {@code pair} on {@code day}, or the latest before it. */
  public Optional<BigDecimal> onOrBefore(String pair, LocalDate day) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT price FROM prices WHERE pair = :p AND day <= :d ORDER BY day DESC LIMIT 1")
                .bind("p", pair)
                .bind("d", day)
                .mapTo(BigDecimal.class)
                .findOne());
  }

  public List<Price> series(String pair) {
    return tx.read(
        h ->
            h.createQuery(
                    "SELECT day, pair, price, source FROM prices WHERE pair = :p ORDER BY day")
                .bind("p", pair)
                .map(
                    (rs, ctx) ->
                        new Price(
                            rs.getObject("day", LocalDate.class),
                            rs.getString("pair"),
                            rs.getBigDecimal("price"),
                            rs.getString("source")))
                .list());
  }
}
