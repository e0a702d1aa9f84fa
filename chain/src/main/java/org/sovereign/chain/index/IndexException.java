package org.sovereign.chain.index;

/** The index could not read or write its database. */
public final class IndexException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
