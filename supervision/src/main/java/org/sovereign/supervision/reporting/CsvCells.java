package org.sovereign.supervision.reporting;

import java.util.ArrayList;
import java.util.List;

/** Splits an RFC 4180 CSV line (quoted fields, doubled quotes). */
public final class CsvCells {
  private CsvCells() {}

  /** The cells of {@code text}; an unclosed quote is an error naming {@code line}. */
  public static List<String> split(String text, long line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IntakeException(line, "a quoted field is not closed");
    }
    cells.add(cell.toString());
    return cells;
  }
}
