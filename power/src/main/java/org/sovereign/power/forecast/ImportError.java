package org.sovereign.power.forecast;

/**
 * One thing wrong in a forecast file: the line (1 is the header), the field ({@code node}, {@code
 * time}, {@code mw}, or {@code line} for the whole line), what kind of problem, and a message that
 * names the offending value.
 */
public record ImportError(int line, String field, Problem problem, String message) {

  /** Kinds of problems a forecast file can have. */
  public enum Problem {
    HEADER,
    COLUMNS,
    UNKNOWN_NODE,
    BAD_TIME,
    BAD_NUMBER,
    NEGATIVE,
    DUPLICATE,
    NOT_MONOTONIC,
    GAP,
    RESOLUTION,
    SPAN,
    EMPTY
  }

  @Override
  public String toString() {
    return "line " + line + ", " + field + ": " + message;
  }
}
