package org.sovereign.supervision.defi.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;

/**
 * Writes rows with PostgreSQL's {@code COPY ... FROM STDIN} (text format) in the caller's
 * transaction: one round trip per table and range instead of one per row.
 */
final class CopyRows {
  private CopyRows() {}

  /** Copies {@code rows} into {@code table (columns)}; each row gives its column values. */
  static <T> long copy(
      Handle h, String table, String columns, List<T> rows, Function<T, Object[]> values) {
    if (rows.isEmpty()) {
      return 0;
    }
    StringBuilder text = new StringBuilder(rows.size() * 160);
    for (T row : rows) {
      Object[] cells = values.apply(row);
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        cell(text, cells[i]);
      }
      text.append('\n');
    }
    try {
      PGConnection pg = h.getConnection().unwrap(PGConnection.class);
      return pg.getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
    }
  }

  private static void cell(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
      return;
    }
    String s = value.toString();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(c);
      }
    }
  }
}
