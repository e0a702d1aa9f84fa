package org.sovereign.chain.psbt;

import java.util.List;

/**
 * The finalizer's result: the PSBT with every input it could finalize finalized (the others left
 * untouched), and one outcome per input.
 */
public record FinalizeResult(PartiallySignedTx psbt, List<InputOutcome> inputs) {

  /** A result with a copy of the outcomes. */
  public FinalizeResult {
    inputs = List.copyOf(inputs);
  }

  /** Whether every input is final, so the network transaction can be extracted. */
  public boolean complete() {
    return inputs.stream().allMatch(InputOutcome::isFinal);
  }

  /** The inputs that are not final, with why. */
  public List<InputOutcome> unfinished() {
    return inputs.stream().filter(o -> !o.isFinal()).toList();
  }
}
