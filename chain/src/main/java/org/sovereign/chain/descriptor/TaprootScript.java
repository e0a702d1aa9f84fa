package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.XonlyPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tr(KEY)} or {@code tr(KEY,TREE)} (BIP-386): a segwit v1 output whose key is the internal
 * key tweaked with the tree's merkle root (BIP-341), or with no script path when there is no tree.
 */
record TaprootScript(KeyExpression internalKey, TapTree tree) implements ScriptNode {
  @Override
  public byte[] script(int index) {
    XonlyPublicKey internal = new XonlyPublicKey(new ByteVector32(internalKey.xonlyKey(index)));
    XonlyPublicKey output =
        tree == null
            ? internal.outputKey(Crypto.TaprootTweak.KeyPathTweak.INSTANCE).getFirst()
            : internal.outputKey(tree.toScriptTree(index)).getFirst();
    return ScriptBytes.payToTaproot(output.value.toByteArray());
  }

  @Override
  public List<KeyExpression> keys() {
    List<KeyExpression> all = new ArrayList<>();
    all.add(internalKey);
    if (tree != null) {
      tree.leaves().forEach(leaf -> all.addAll(leaf.keys()));
    }
    return all;
  }

  @Override
  public ScriptNode pickPath(int choice) {
    return new TaprootScript(
        internalKey.pickPath(choice), tree == null ? null : tree.pickPath(choice));
  }

  @Override
  public List<KeyOrigin> keyOrigins(int index) {
    List<KeyOrigin> all = new ArrayList<>();
    all.add(internalKey.origin(index, true));
    if (tree != null) {
      tree.leaves().forEach(leaf -> all.addAll(leaf.keyOrigins(index)));
    }
    return all;
  }

  @Override
  public String toString() {
    return "tr(" + internalKey + (tree == null ? "" : "," + tree) + ")";
  }
}
