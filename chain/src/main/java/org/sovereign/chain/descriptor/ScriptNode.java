package org.sovereign.chain.descriptor;

import java.util.List;

/** One script expression of a parsed descriptor tree: {@code pkh(KEY)}, {@code wsh(SCRIPT)}... */
sealed interface ScriptNode
    permits KeyScript, ComboScript, WrappedScript, MultisigScript, TaprootScript, LiteralScript {
  /** The script this expression stands for at {@code index} (a redeem, witness or leaf script). */
  byte[] script(int index);

  /** The output scripts at {@code index} when this expression is the whole descriptor. */
  default List<byte[]> outputScripts(int index) {
    return List.of(script(index));
  }

  /** Every key in the expression, in the order written. */
  List<KeyExpression> keys();

  /** This expression with every multipath key replaced by its alternative {@code choice}. */
  ScriptNode pickPath(int choice);

  /** The origins of the keys at {@code index}, in the order written. */
  default List<KeyOrigin> keyOrigins(int index) {
    return keys().stream().map(key -> key.origin(index, false)).toList();
  }
}
