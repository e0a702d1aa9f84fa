package org.sovereign.chain.psbt;

/** Internal signal of a malformed PSBT; turned into a {@link ParseResult.Rejected}. */
final class PsbtFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final RejectReason reason;

  PsbtFormatException(RejectReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
