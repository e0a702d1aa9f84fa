package org.sovereign.platform.web;

/** One CSV cell for the platform's exports. */
public final class CsvCells {
  private CsvCells() {}

  /**
   * RFC 4180 quoting (commas, quotes, line breaks); a leading formula character ({@code = + - @})
   * is neutralised with an apostrophe so a spreadsheet does not run it. Null is the empty cell.
   */
  public static String cell(String text) {
    if (text == null) {
      return "";
    }
    String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}
