package org.sovereign.chain.bip322;

/** An address that cannot be decoded, or that belongs to another network; the message says why. */
public final class InvalidAddressException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** An address error explained by {@code message}. */
  public InvalidAddressException(String message) {
    super(message);
  }
}
