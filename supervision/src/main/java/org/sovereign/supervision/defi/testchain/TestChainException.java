package org.sovereign.supervision.defi.testchain;

/** The local EVM test chain could not be started, reached, or did not do what a step asked. */
public class TestChainException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TestChainException(String message) {
    super(message);
  }

  public TestChainException(String message, Throwable cause) {
    super(message, cause);
  }
}
