package org.sovereign.supervision.defi.testchain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Turns receipts into the {@link StepTx} records a {@link StepResult} reports. */
final class ScenarioSteps {
  private ScenarioSteps() {}

  static StepTx tx(String label, String to, TransactionReceipt receipt) {
    return new StepTx(
        label,
        receipt.getTransactionHash(),
        receipt.getBlockNumber().longValueExact(),
        to.toLowerCase(Locale.ROOT));
  }

  static List<StepTx> txs(List<Call> calls, List<TransactionReceipt> receipts) {
    List<StepTx> txs = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      txs.add(tx(calls.get(i).label(), calls.get(i).to(), receipts.get(i)));
    }
    return txs;
  }
}
