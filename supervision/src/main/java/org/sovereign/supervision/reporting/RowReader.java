package org.sovereign.supervision.reporting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a liability snapshot one row at a time (CSV or NDJSON), so a file of tens of millions of
 * customers never sits in memory. Every problem is an {@link IntakeException} naming the line.
 */
public abstract class RowReader {
  static final int MAX_ID_BYTES = 128;

  private final BufferedReader in;
  private long line;

  RowReader(BufferedReader in) {
    this.in = in;
  }

  /** The assets of the snapshot, in the order of each row's balances. */
  public abstract List<ReportedAsset> assets();

  /** The next row, or null at the end. */
  public abstract LiabilityRow next();

  /** The next non-empty line, or null at the end; {@link #line()} is its number. */
  final String nextLine() {
    try {
      String text;
      do {
        text = in.readLine();
        line++;
      } while (text != null && text.isBlank());
      return text;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IntakeException(line, "the file is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload at line " + line, e);
    }
  }

  final long line() {
    return line;
  }

  static String customerId(String raw, long line) {
    String id = raw == null ? "" : raw.strip();
    if (id.isEmpty()) {
      throw new IntakeException(line, "customer id is empty");
    }
    if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new IntakeException(line, "customer id is longer than " + MAX_ID_BYTES + " bytes");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw new IntakeException(line, "customer id contains a control character");
      }
    }
    return id;
  }

  static long balance(String raw, ReportedAsset asset, long line) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      throw new IntakeException(line, asset.code() + " balance is missing");
    }
    if (text.startsWith("-")) {
      throw new IntakeException(
          line, asset.code() + " balance " + text + " is negative: liabilities are 0 or more");
    }
    if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IntakeException(
          line,
          asset.code()
              + " balance '"
              + text
              + "' is not a whole number of "
              + asset.unit()
              + " (no decimals, no exponent)");
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IntakeException(
          line, asset.code() + " balance " + text + " does not fit in 64 bits");
    }
  }

  static ReportedAsset asset(String code, long line) {
    return ReportedAsset.byCode(code)
        .orElseThrow(
            () ->
                new IntakeException(
                    line,
                    "unknown asset '"
                        + code
                        + "' (known: "
                        + ReportedAsset.KNOWN.stream().map(ReportedAsset::code).toList()
                        + ")"));
  }
}
