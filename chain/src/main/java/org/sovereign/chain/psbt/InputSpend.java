package org.sovereign.chain.psbt;

import java.util.List;

/**
 * The final scripts built for one input and the partial signatures they use.
 *
 * @param scriptSig the final scriptSig (empty for native segwit)
 * @param witness the final witness stack (empty for legacy spends)
 * @param signatures each signature with the key, script code and signature version it signs for
 */
record InputSpend(byte[] scriptSig, List<byte[]> witness, List<UsedSignature> signatures) {

  /** A signature placed in the final scripts, with what its sighash commits to. */
  record UsedSignature(byte[] pubkey, byte[] signature, byte[] scriptCode, int sigVersion) {}

  /** Why an input cannot be finalized yet. */
  static final class NotFinalizable extends Exception {
    private static final long serialVersionUID = 1L;
    private final InputOutcome.Status status;

    NotFinalizable(InputOutcome.Status status, String detail) {
      super(detail, null, false, false);
      this.status = status;
    }

    InputOutcome.Status status() {
      return status;
    }
  }
}
