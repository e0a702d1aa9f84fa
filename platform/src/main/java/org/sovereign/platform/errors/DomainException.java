package org.sovereign.platform.errors;

/**
 * An expected failure with a stable error code, an HTTP status and, for bad input, the field it is
 * about. The web edge turns it into an RFC 9457 problem; the CLI prints its message.
 */
public class DomainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  public DomainException(int status, String code, String message, String field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  public static DomainException invalidField(String field, String message) {
    return new DomainException(422, "invalid-field", field + ": " + message, field);
  }

  public static DomainException notFound(String what) {
    return new DomainException(404, "not-found", what + " was not found", null);
  }

  public static DomainException conflict(String code, String message) {
    return new DomainException(409, code, message, null);
  }

  public static DomainException forbidden(String message) {
    return new DomainException(403, "forbidden", message, null);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The name of the offending input field, or null when the error is not about one field. */
  public String field() {
    return field;
  }
}
