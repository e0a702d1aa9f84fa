package org.sovereign.chain.descriptor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code multi}/{@code sortedmulti} (BIP-383, OP_CHECKMULTISIG) or, inside {@code tr()}, {@code
 * multi_a}/{@code sortedmulti_a} (x-only keys, OP_CHECKSIG + OP_CHECKSIGADD).
 */
record MultisigScript(int threshold, List<KeyExpression> keys, boolean sorted, boolean tapscript)
    implements ScriptNode {
  MultisigScript {
    keys = List.copyOf(keys);
  }

  String function() {
    return (sorted ? "sortedmulti" : "multi") + (tapscript ? "_a" : "");
  }

  @Override
  public byte[] script(int index) {
    List<byte[]> publicKeys = new ArrayList<>();
    for (KeyExpression key : keys) {
      publicKeys.add(tapscript ? key.xonlyKey(index) : key.publicKey(index));
    }
    if (sorted) {
      publicKeys.sort(Arrays::compareUnsigned);
    }
    ScriptBytes script = new ScriptBytes();
    if (tapscript) {
      for (int i = 0; i < publicKeys.size(); i++) {
        script.push(publicKeys.get(i));
        script.op(i == 0 ? ScriptBytes.OP_CHECKSIG : ScriptBytes.OP_CHECKSIGADD);
      }
      return script.number(threshold).op(ScriptBytes.OP_NUMEQUAL).bytes();
    }
    script.number(threshold);
    publicKeys.forEach(script::push);
    return script.number(publicKeys.size()).op(ScriptBytes.OP_CHECKMULTISIG).bytes();
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return new MultisigScript(
        threshold, keys.stream().map(key -> key.pickPath(choice)).toList(), sorted, tapscript);
  }

  @Override
  public List<KeyOrigin> keyOrigins(int index) {
    return keys.stream().map(key -> key.origin(index, tapscript)).toList();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(function()).append('(').append(threshold);
    keys.forEach(key -> text.append(',').append(key));
    return text.append(')').toString();
  }
}
