package org.sovereign.chain.psbt;

/** The outcome of {@link PsbtValidator#parse}: a well-formed PSBT, or why it was rejected. */
public sealed interface ParseResult {

  /** A PSBT that passed every structural check of BIP-174. */
  record Accepted(PartiallySignedTx psbt) implements ParseResult {}

  /**
   * A rejected PSBT.
   *
   * @param reason the rule that was broken
   * @param message names the map (global / input N / output N), the key type and the byte offset
   */
  record Rejected(RejectReason reason, String message) implements ParseResult {
    @Override
    public String toString() {
      return reason + " \"" + message + "\"";
    }
  }

  /** Whether the PSBT was accepted. */
  default boolean accepted() {
    return this instanceof Accepted;
  }

  /** The accepted PSBT; throws {@link IllegalStateException} with the reason when rejected. */
  default PartiallySignedTx orThrow() {
    return switch (this) {
      case Accepted a -> a.psbt();
      case Rejected r -> throw new IllegalStateException(r.toString());
    };
  }
}
