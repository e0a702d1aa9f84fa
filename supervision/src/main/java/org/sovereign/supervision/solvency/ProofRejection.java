package org.sovereign.supervision.solvency;

/**
 * Thrown inside the proof reader and verifier, and turned into a {@link Verification.Invalid}
 * before anything returns to a caller. Carries no stack trace: it is an expected outcome.
 */
final class ProofRejection extends Exception {
  private final Verification.Reason reason;

  ProofRejection(Verification.Reason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  Verification.Invalid toInvalid() {
    return new Verification.Invalid(reason, getMessage());
  }
}
