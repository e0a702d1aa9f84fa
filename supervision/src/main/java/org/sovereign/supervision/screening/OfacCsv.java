package org.sovereign.supervision.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * OFAC's legacy CSV layout: no header, fields quoted with {@code "} (doubled inside), CRLF, an
 * optional DOS end-of-file byte (0x1A) and {@code -0- } for an empty field.
 */
final class OfacCsv {
  private static final int EOF_MARK = 0x1A;

  /** Receives one row: its fields, empty for {@code -0-}. */
  interface RowHandler {
    void row(List<String> fields, long line);
  }

  private OfacCsv() {}

  static void read(Path file, int columns, RowHandler handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      new Parser(file, reader, columns, handler).run();
    } catch (IOException e) {
      throw new SanctionsListException(file, "cannot be read: " + e.getMessage(), e);
    }
  }

  private static final class Parser {
    private final Path file;
    private final Reader in;
    private final int columns;
    private final RowHandler handler;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();
    private long line = 1;
    private long rowLine = 1;

    Parser(Path file, Reader in, int columns, RowHandler handler) {
      this.file = file;
      this.in = in;
      this.columns = columns;
      this.handler = handler;
    }

    void run() throws IOException {
      boolean quoted = false;
      boolean wasQuoted = false;
      int c;
      while ((c = in.read()) != -1) {
        if (quoted) {
          if (c == '"') {
            in.mark(1);
            if (in.read() == '"') {
              field.append('"');
            } else {
              in.reset();
              quoted = false;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            field.append((char) c);
          }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          endField();
          wasQuoted = false;
        } else if (c == '\n') {
          endRow();
          wasQuoted = false;
          line++;
        } else if (c != '\r' && c != EOF_MARK) {
          field.append((char) c);
        }
      }
      if (quoted) {
        throw new SanctionsListException(file, rowLine, "a quoted field is never closed");
      }
      if (!field.isEmpty() || !fields.isEmpty()) {
        endRow();
      }
    }

    private void endField() {
      String value = field.toString().strip();
      fields.add(value.equals("-0-") ? "" : value);
      field.setLength(0);
    }

    private void endRow() {
      endField();
      if (fields.size() == 1 && fields.getFirst().isEmpty()) {
        fields.clear();
        rowLine = line + 1;
        return;
      }
      if (fields.size() != columns) {
        throw new SanctionsListException(
            file, rowLine, "has " + fields.size() + " fields, expected " + columns);
      }
      handler.row(List.copyOf(fields), rowLine);
      fields.clear();
      rowLine = line + 1;
    }
  }
}
