package org.sovereign.chain.descriptor;

/** A descriptor that cannot be parsed or derived; the message says what is wrong and where. */
public final class DescriptorException extends RuntimeException {
  public DescriptorException(String message) {
    super(message);
  }
}
