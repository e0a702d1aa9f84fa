package org.sovereign.chain.descriptor;

import java.util.List;

/**
 * {@code combo(KEY)} (BIP-384): P2PK and P2PKH, plus P2WPKH and P2SH-P2WPKH when the key is
 * compressed. Only valid as a whole descriptor.
 */
record ComboScript(KeyExpression key) implements ScriptNode {
  @Override
  public byte[] script(int index) {
    throw new IllegalStateException("combo() has several scripts and cannot be nested");
  }

  @Override
  public List<byte[]> outputScripts(int index) {
    byte[] publicKey = key.publicKey(index);
    byte[] payToPublicKey = ScriptBytes.payToPublicKey(publicKey);
    byte[] payToPublicKeyHash = ScriptBytes.payToPublicKeyHash(publicKey);
    if (!key.isCompressed()) {
      return List.of(payToPublicKey, payToPublicKeyHash);
    }
    byte[] witness = ScriptBytes.payToWitnessPublicKeyHash(publicKey);
    return List.of(
        payToPublicKey, payToPublicKeyHash, witness, ScriptBytes.payToScriptHash(witness));
  }

  @Override
  public List<KeyExpression> keys() {
    return List.of(key);
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return new ComboScript(key.pickPath(choice));
  }

  @Override
  public String toString() {
    return "combo(" + key + ")";
  }
}
