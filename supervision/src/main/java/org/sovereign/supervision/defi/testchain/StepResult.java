package org.sovereign.supervision.defi.testchain;

import java.util.List;

/**
 * What a scenario step did on chain: its name, the contract whose events a monitor should see for
 * it, and its mined transactions in order.
 */
public record StepResult(String step, String emitter, List<StepTx> txs) {
  public StepResult {
    txs = List.copyOf(txs);
    if (txs.isEmpty()) {
      throw new IllegalArgumentException("step " + step + " sent no transaction");
    }
  }

  public long firstBlock() {
    return txs.getFirst().block();
  }

  public long lastBlock() {
    return txs.getLast().block();
  }

  public List<String> txHashes() {
    return txs.stream().map(StepTx::hash).toList();
  }

  /** The last transaction: the one carrying the step's decisive event. */
  public StepTx last() {
    return txs.getLast();
  }
}
