package org.sovereign.chain.scan;

/** The bytes are not a well-formed block; the message says what was wrong and at which offset. */
public final class MalformedBlockException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public MalformedBlockException(String what, int offset) {
    super(what + " at byte offset " + offset);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
