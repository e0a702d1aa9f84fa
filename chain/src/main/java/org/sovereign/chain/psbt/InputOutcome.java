package org.sovereign.chain.psbt;

/**
 * What the finalizer did with one input.
 *
 * @param index the input's index
 * @param status the outcome
 * @param detail a sentence naming the input, e.g. {@code input 1: 1 of 2 required signatures}
 */
public record InputOutcome(int index, Status status, String detail) {

  /** The outcome of finalizing one input. */
  public enum Status {
    /** Final scriptSig / scriptWitness built and verified by the script interpreter. */
    FINALIZED,
    /** The input already had a final scriptSig or scriptWitness; left as it was. */
    ALREADY_FINAL,
    /** Neither a witness UTXO nor a non-witness UTXO is present. */
    MISSING_UTXO,
    /** The redeemScript or witnessScript the output needs is absent or does not match. */
    MISSING_SCRIPT,
    /** Fewer partial signatures than the script requires. */
    MISSING_SIGNATURES,
    /** The output script is not one the finalizer knows how to satisfy. */
    UNSUPPORTED_SCRIPT,
    /** A partial signature does not verify for its key, or its hash type is not the one asked. */
    INVALID_SIGNATURE,
    /** The built scripts fail bitcoin-kmp's script interpreter. */
    SCRIPT_FAILED
  }

  /** Whether the input is final after the finalizer ran. */
  public boolean isFinal() {
    return status == Status.FINALIZED || status == Status.ALREADY_FINAL;
  }
}
