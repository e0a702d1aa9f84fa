package org.sovereign.chain.psbt;

import fr.acinq.bitcoin.Transaction;

/** The outcome of {@link PsbtExtractor#extract}: the network transaction, or why there is none. */
public sealed interface ExtractResult {

  /** A fully signed transaction whose every input passed the script interpreter. */
  record Extracted(Transaction transaction) implements ExtractResult {
    /** The network serialisation (with witnesses when any input has one). */
    public byte[] bytes() {
      return Transaction.write(transaction);
    }
  }

  /** No transaction: {@code reason} names the input at fault. */
  record NotExtractable(String reason) implements ExtractResult {}
}
