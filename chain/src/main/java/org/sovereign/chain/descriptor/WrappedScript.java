package org.sovereign.chain.descriptor;

import java.util.List;

/** {@code sh(SCRIPT)} or {@code wsh(SCRIPT)}: pays to the hash of the inner script. */
record WrappedScript(boolean witness, ScriptNode inner) implements ScriptNode {
  @Override
  public byte[] script(int index) {
    byte[] innerScript = inner.script(index);
    return witness
        ? ScriptBytes.payToWitnessScriptHash(innerScript)
        : ScriptBytes.payToScriptHash(innerScript);
  }

  @Override
  public List<KeyExpression> keys() {
    return inner.keys();
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return new WrappedScript(witness, inner.pickPath(choice));
  }

  @Override
  public List<KeyOrigin> keyOrigins(int index) {
    return inner.keyOrigins(index);
  }

  @Override
  public String toString() {
    return (witness ? "wsh(" : "sh(") + inner + ")";
  }
}
