package org.sovereign.supervision.reporting;

import org.sovereign.platform.errors.DomainException;

/** A rejected upload: names the line (1 is the header of a CSV) and what is wrong with it. */
public final class IntakeException extends DomainException {
  private static final long serialVersionUID = 1L;

  public IntakeException(long line, String message) {
    super(422, "snapshot-rejected", "line " + line + ": " + message, "line:" + line);
  }
}
