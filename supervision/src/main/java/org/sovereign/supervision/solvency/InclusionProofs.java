package org.sovereign.supervision.solvency;

import java.util.Arrays;
import org.sovereign.base.Hex;

/**
 * Builds a customer's inclusion proof from the stored chunks of a tree. The proof is checked before
 * it is returned, so a wrong leaf index, wrong balances, a wrong secret or damaged storage never
 * produce a proof that would fail in the customer's hands.
 */
public final class InclusionProofs {
  private InclusionProofs() {}

  /**
   * The proof that {@code customerId} with {@code balances} sits at {@code leafIndex} (the index
   * {@link SolvencyTreeBuilder#add} returned) in the tree of {@code root}. Throws {@link
   * IllegalArgumentException} when the stored leaf is not this customer with these balances (wrong
   * index, balances or secret), and {@link IllegalStateException} when the stored nodes do not lead
   * to {@code root}.
   */
  public static InclusionProof prove(
      NodeSource nodes,
      SolvencyRoot root,
      SnapshotSecret secret,
      long leafIndex,
      String customerId,
      Amounts balances) {
    int assets = root.assets().size();
    if (balances.size() != assets) {
      throw new IllegalArgumentException(
          balances.size() + " balances for a tree of " + assets + " assets");
    }
    if (leafIndex < 0 || leafIndex >= root.leafCount()) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is outside 0.." + (root.leafCount() - 1));
    }
    byte[] id = CustomerIds.encode(customerId);
    byte[] nonce = new byte[SolvencyFormat.HASH_BYTES];
    new CustomerNonces(secret).nonce(id, id.length, nonce);
    byte[] leaf = leaf(id, nonce, balances);
    byte[] stored = node(nodes, 0, leafIndex, assets);
    if (!Arrays.equals(leaf, stored)) {
      throw new IllegalArgumentException(
          "leaf "
              + leafIndex
              + " does not hold this customer with balances "
              + balances
              + " (stored leaf hash "
              + Hex.encode(Arrays.copyOf(stored, 32))
              + "): wrong leaf index, balances or snapshot secret");
    }
    InclusionProof proof = assemble(nodes, root, leafIndex, customerId, nonce, balances);
    Verification check = ProofVerifier.verify(proof.toBytes(), root.hashHex());
    if (check instanceof Verification.Invalid invalid) {
      throw new IllegalStateException(
          "the stored nodes do not prove leaf " + leafIndex + ": " + invalid.detail());
    }
    if (!((Verification.Valid) check).rootSums().equals(root.sums())) {
      throw new IllegalStateException(
          "the stored root sums "
              + proof.rootSums()
              + " differ from the snapshot's "
              + root.sums());
    }
    return proof;
  }

  private static InclusionProof assemble(
      NodeSource nodes,
      SolvencyRoot root,
      long leafIndex,
      String customerId,
      byte[] nonce,
      Amounts balances) {
    int assets = balances.size();
    int size = SolvencyFormat.nodeSize(assets);
    byte[] path = new byte[root.depth() * size];
    for (int level = 0; level < root.depth(); level++) {
      byte[] sibling = node(nodes, level, (leafIndex >>> level) ^ 1, assets);
      System.arraycopy(sibling, 0, path, level * size, size);
    }
    byte[] top = node(nodes, root.depth(), 0, assets);
    return new InclusionProof(root.depth(), leafIndex, customerId, nonce, balances, path, top);
  }

  private static byte[] leaf(byte[] id, byte[] nonce, Amounts balances) {
    int assets = balances.size();
    byte[] node = new byte[SolvencyFormat.nodeSize(assets)];
    for (int a = 0; a < assets; a++) {
      PackedNodes.putU64(node, SolvencyFormat.HASH_BYTES + 8 * a, balances.get(a));
    }
    new TreeHashing().customerLeaf(nonce, id, id.length, node, 0, assets);
    return node;
  }

  private static byte[] node(NodeSource nodes, int level, long index, int assets) {
    int size = SolvencyFormat.nodeSize(assets);
    byte[] chunk = nodes.chunk(level, index >>> SolvencyFormat.CHUNK_SHIFT);
    int offset = (int) (index & (SolvencyFormat.CHUNK_NODES - 1)) * size;
    if (chunk.length % size != 0 || offset + size > chunk.length) {
      throw new IllegalStateException(
          "stored chunk "
              + (index >>> SolvencyFormat.CHUNK_SHIFT)
              + " of level "
              + level
              + " has "
              + chunk.length
              + " bytes: no node "
              + index
              + " of "
              + size
              + " bytes");
    }
    return Arrays.copyOfRange(chunk, offset, offset + size);
  }
}
