package org.sovereign.supervision.screening;

import java.nio.file.Path;

/** A list file that cannot be read as its format: says which file, which line and what. */
public final class SanctionsListException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public SanctionsListException(Path file, long line, String problem) {
    super(file + (line > 0 ? " line " + line : "") + ": " + problem);
  }

  public SanctionsListException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
