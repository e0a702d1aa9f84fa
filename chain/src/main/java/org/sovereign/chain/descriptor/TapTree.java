package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ScriptTree;
import java.util.ArrayList;
import java.util.List;

/** A taproot script tree (BIP-386): a leaf script or a pair {@code {A,B}} of subtrees. */
sealed interface TapTree {
  /** BIP-342 tapscript leaf version. */
  int LEAF_VERSION = 0xc0;

  /** The tree at {@code index} in bitcoin-kmp's form, which computes the merkle root. */
  ScriptTree toScriptTree(int index);

  /** The leaf scripts from left to right. */
  List<ScriptNode> leaves();

  TapTree pickPath(int choice);

  /** A single tapscript. */
  record Leaf(ScriptNode script) implements TapTree {
    @Override
    public ScriptTree toScriptTree(int index) {
      return new ScriptTree.Leaf(new ByteVector(script.script(index)), LEAF_VERSION);
    }

    @Override
    public List<ScriptNode> leaves() {
      return List.of(script);
    }

    @Override
    public TapTree pickPath(int choice) {
      return new Leaf(script.pickPath(choice));
    }

    @Override
    public String toString() {
      return script.toString();
    }
  }

  /** Two subtrees. */
  record Branch(TapTree left, TapTree right) implements TapTree {
    @Override
    public ScriptTree toScriptTree(int index) {
      return new ScriptTree.Branch(left.toScriptTree(index), right.toScriptTree(index));
    }

    @Override
    public List<ScriptNode> leaves() {
      List<ScriptNode> all = new ArrayList<>(left.leaves());
      all.addAll(right.leaves());
      return all;
    }

    @Override
    public TapTree pickPath(int choice) {
      return new Branch(left.pickPath(choice), right.pickPath(choice));
    }

    @Override
    public String toString() {
      return "{" + left + "," + right + "}";
    }
  }
}
