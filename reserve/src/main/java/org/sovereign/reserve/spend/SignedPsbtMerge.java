package org.sovereign.reserve.spend;

import fr.acinq.bitcoin.psbt.Psbt;
import java.util.Set;
import org.sovereign.chain.psbt.FinalizeResult;
import org.sovereign.chain.psbt.InputOutcome;
import org.sovereign.chain.psbt.ParseResult;
import org.sovereign.chain.psbt.PsbtFinalizer;
import org.sovereign.chain.psbt.PsbtValidator;
import org.sovereign.platform.errors.DomainException;

/**
 * Takes a custodian's signed PSBT into the ones already received: it must pass BIP-174's rules, be
 * for the very transaction the platform built, and carry only valid signatures; then it is combined
 * with the others and every input that now has its quorum is finalized.
 */
public final class SignedPsbtMerge {
  private SignedPsbtMerge() {}

  /**
   * The combined PSBT with every partial signature, the finalizer's result on it (inputs with their
   * quorum finalized) and the fingerprints of the keys that signed.
   */
  public record Merged(byte[] combined, FinalizeResult finalized, Set<String> signers) {}

  public static Merged merge(byte[] built, byte[] signedSoFar, byte[] uploaded) {
    if (PsbtValidator.parse(uploaded) instanceof ParseResult.Rejected r) {
      throw new DomainException(
          422, "psbt-invalid", "the uploaded PSBT is malformed: " + r.message(), "psbt");
    }
    Psbt incoming = read(uploaded);
    if (!incoming.global.tx.txid.equals(read(built).global.tx.txid)) {
      throw new DomainException(
          409,
          "psbt-changed",
          "the uploaded PSBT is for a different transaction: its inputs, outputs or fee differ from the one the platform built",
          "psbt");
    }
    SignatureCheck.verify(incoming);
    var combined = Psbt.combine(read(signedSoFar), incoming);
    if (!combined.isRight()) {
      throw new DomainException(
          422, "psbt-invalid", "the PSBT cannot be combined: " + combined.getLeft(), "psbt");
    }
    Set<String> signers = SignatureCheck.verify(combined.getRight());
    byte[] combinedBytes = Psbt.write(combined.getRight()).toByteArray();
    FinalizeResult finalized =
        PsbtFinalizer.finalizeInputs(PsbtValidator.parse(combinedBytes).orThrow());
    for (InputOutcome outcome : finalized.inputs()) {
      if (outcome.status() == InputOutcome.Status.INVALID_SIGNATURE
          || outcome.status() == InputOutcome.Status.SCRIPT_FAILED) {
        throw new DomainException(422, "signature-invalid", outcome.detail(), "psbt");
      }
    }
    return new Merged(combinedBytes, finalized, signers);
  }

  static Psbt read(byte[] bytes) {
    var parsed = Psbt.read(bytes);
    if (!parsed.isRight()) {
      throw new DomainException(
          422, "psbt-invalid", "the PSBT cannot be read: " + parsed.getLeft(), "psbt");
    }
    return parsed.getRight();
  }
}
