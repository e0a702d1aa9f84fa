package org.sovereign.chain.bip322;

/** A signature string that cannot be read; carries the rejection reason. */
final class SignatureDecodingException extends Exception {
  private static final long serialVersionUID = 1L;

  private final VerificationResult.Reason reason;
  private final transient SignatureFormat format;

  SignatureDecodingException(
      VerificationResult.Reason reason, SignatureFormat format, String message) {
    super(message);
    this.reason = reason;
    this.format = format;
  }

  VerificationResult.Reason reason() {
    return reason;
  }

  SignatureFormat format() {
    return format;
  }
}
