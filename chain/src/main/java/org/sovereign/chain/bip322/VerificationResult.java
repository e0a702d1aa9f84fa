package org.sovereign.chain.bip322;

import java.util.Objects;

/**
 * The outcome of checking a BIP-322 signature: {@link Status#VALID}, or {@link Status#INVALID} with
 * a {@link Reason} and a message for people. Immutable.
 *
 * @param status valid or invalid
 * @param reason why the signature was rejected; {@link Reason#NONE} when valid
 * @param format the signature encoding that was read, when it could be read
 * @param message what was checked or what went wrong
 */
public record VerificationResult(
    Status status, Reason reason, SignatureFormat format, String message) {

  /** Whether the signature proves control of the address for the message. */
  public enum Status {
    VALID,
    INVALID
  }

  /** Why a signature was rejected. */
  public enum Reason {
    /** Not rejected. */
    NONE,
    /** The address does not decode or is for another network. */
    INVALID_ADDRESS,
    /** The signature is empty or too short to hold anything. */
    SIGNATURE_TOO_SHORT,
    /** The signature is not base64 (after an optional {@code smp}/{@code ful}/{@code pof}). */
    MALFORMED_BASE64,
    /** The decoded bytes are not a witness stack, transaction or PSBT as the prefix says. */
    MALFORMED_SIGNATURE,
    /** A full or proof-of-funds {@code to_sign} does not have the shape BIP-322 requires. */
    INVALID_TO_SIGN,
    /** The scripts do not verify: wrong key, wrong message or wrong address. */
    INVALID_SIGNATURE
  }

  public VerificationResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if ((status == Status.VALID) != (reason == Reason.NONE)) {
      throw new IllegalArgumentException(status + " result with reason " + reason);
    }
  }

  static VerificationResult valid(SignatureFormat format, String message) {
    return new VerificationResult(Status.VALID, Reason.NONE, format, message);
  }

  static VerificationResult invalid(Reason reason, SignatureFormat format, String message) {
    return new VerificationResult(Status.INVALID, reason, format, message);
  }

  /** True when {@link #status()} is {@link Status#VALID}. */
  public boolean isValid() {
    return status == Status.VALID;
  }
}
