package org.sovereign.chain.bip322;

/** The BIP-322 signature encodings, with the prefix each carries before its base64. */
public enum SignatureFormat {
  /** The serialised witness stack of to_sign's input. */
  SIMPLE("smp"),
  /** The whole signed to_sign transaction. */
  FULL("ful"),
  /** A PSBT of to_sign with extra inputs proving control of coins. */
  PROOF_OF_FUNDS("pof");

  private final String prefix;

  SignatureFormat(String prefix) {
    this.prefix = prefix;
  }

  /** The three letters written before the base64. */
  public String prefix() {
    return prefix;
  }
}
