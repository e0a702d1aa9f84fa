package org.sovereign.chain.source;

/** A chain source failed or refused a request; the message says which source and why. */
public class ChainSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChainSourceException(String message) {
    super(message);
  }

  public ChainSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
