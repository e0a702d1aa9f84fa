package org.sovereign.chain.descriptor;

import java.util.List;

/** {@code raw(HEX)} or {@code addr(ADDRESS)} (BIP-385): a fixed script, the same at every index. */
final class LiteralScript implements ScriptNode {
  private final String function;
  private final String argument;
  private final byte[] script;

  LiteralScript(String function, String argument, byte[] script) {
    this.function = function;
    this.argument = argument;
    this.script = script.clone();
  }

  @Override
  public byte[] script(int index) {
    return script.clone();
  }

  @Override
  public List<KeyExpression> keys() {
    return List.of();
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return this;
  }

  @Override
  public String toString() {
    return function + "(" + argument + ")";
  }
}
