package org.sovereign.chain.descriptor;

import java.util.List;

/**
 * {@code pk(KEY)}, {@code pkh(KEY)} or {@code wpkh(KEY)}; inside {@code tr()} the key is used in
 * its 32-byte x-only form (so {@code pkh()} hashes the x-only key, as tapscript does).
 */
record KeyScript(Kind kind, KeyExpression key, boolean xonly) implements ScriptNode {
  enum Kind {
    PK("pk"),
    PKH("pkh"),
    WPKH("wpkh");

    final String function;

    Kind(String function) {
      this.function = function;
    }
  }

  @Override
  public byte[] script(int index) {
    byte[] publicKey = xonly ? key.xonlyKey(index) : key.publicKey(index);
    return switch (kind) {
      case PK -> ScriptBytes.payToPublicKey(publicKey);
      case PKH -> ScriptBytes.payToPublicKeyHash(publicKey);
      case WPKH -> ScriptBytes.payToWitnessPublicKeyHash(publicKey);
    };
  }

  @Override
  public List<KeyExpression> keys() {
    return List.of(key);
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return new KeyScript(kind, key.pickPath(choice), xonly);
  }

  @Override
  public List<KeyOrigin> keyOrigins(int index) {
    return List.of(key.origin(index, xonly));
  }

  @Override
  public String toString() {
    return kind.function + "(" + key + ")";
  }
}
