package org.sovereign.chain.regtest;

/** The simulator refused a transaction, as a node's mempool would, with the reason. */
public final class RegtestRejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a transaction was refused. */
  public enum Reason {
    MALFORMED,
    COINBASE,
    MISSING_INPUT,
    DOUBLE_SPEND,
    IMMATURE_COINBASE,
    OUTPUTS_EXCEED_INPUTS,
    SCRIPT_FAILED,
    ALREADY_KNOWN
  }

  private final Reason reason;

  public RegtestRejection(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
