package org.sovereign.chain.descriptor;

import java.util.ArrayList;
import java.util.List;
import org.sovereign.base.Network;

/**
 * A parsed output descriptor (BIP-380..386, BIP-389 multipath): an immutable tree that derives
 * output scripts, addresses and key origins at a child index. Descriptors with a multipath step
 * such as {@code /<0;1>/*} must be split with {@link #expandMultipath()} before deriving.
 *
 * <p>{@link #toString()} gives the canonical text with its checksum. It keeps private keys as
 * written, so do not log descriptors that hold private keys.
 */
public final class Descriptor {
  private final ScriptNode root;
  private final int multipathCount;

  Descriptor(ScriptNode root) {
    this.root = root;
    int count = 1;
    for (KeyExpression key : root.keys()) {
      int keyCount = key.multipathCount();
      if (keyCount > 1 && count > 1 && keyCount != count) {
        throw new DescriptorException(
            "multipath steps must all have the same number of alternatives, found "
                + count
                + " and "
                + keyCount);
      }
      count = Math.max(count, keyCount);
    }
    this.multipathCount = count;
  }

  /** Parses {@code text} (checksum optional); see {@link Descriptors#parse}. */
  public static Descriptor parse(String text, Network network) {
    return Descriptors.parse(text, network);
  }

  /** Whether the descriptor has a {@code /*} step, so that each index gives different scripts. */
  public boolean isRanged() {
    return root.keys().stream().anyMatch(KeyExpression::isRanged);
  }

  /** Whether a key has a multipath step {@code <a;b>}. */
  public boolean isMultipath() {
    return multipathCount > 1;
  }

  /**
   * The output scripts at child {@code index} (ignored unless ranged): one script, or several for
   * {@code combo()}. Each call returns fresh arrays.
   */
  public List<byte[]> scriptPubKeys(int index) {
    requireDerivable(index);
    return root.outputScripts(index);
  }

  /**
   * The address of the output at {@code index} on {@code network}: P2PKH, P2SH, P2WPKH, P2WSH or
   * P2TR (and raw()/addr() scripts of those forms).
   *
   * @throws DescriptorException for outputs without an address (pk, bare multisig, combo)
   */
  public String address(int index, Network network) {
    List<byte[]> scripts = scriptPubKeys(index);
    if (scripts.size() != 1) {
      throw new DescriptorException(
          "this descriptor gives " + scripts.size() + " scripts, so it has no single address");
    }
    return Addresses.fromScript(scripts.get(0), network)
        .orElseThrow(
            () ->
                new DescriptorException(
                    "this descriptor's output script has no address (only P2PKH, P2SH and segwit"
                        + " outputs have one)"));
  }

  /** The origins of every key at {@code index}, in the order written (for PSBT derivations). */
  public List<KeyOrigin> keyOrigins(int index) {
    requireDerivable(index);
    return root.keyOrigins(index);
  }

  /**
   * One descriptor per multipath alternative ({@code <0;1>} gives the receive and change
   * descriptors), or this descriptor alone when it has no multipath step.
   */
  public List<Descriptor> expandMultipath() {
    if (multipathCount == 1) {
      return List.of(this);
    }
    List<Descriptor> expanded = new ArrayList<>();
    for (int choice = 0; choice < multipathCount; choice++) {
      expanded.add(new Descriptor(root.pickPath(choice)));
    }
    return List.copyOf(expanded);
  }

  private void requireDerivable(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("child index must be between 0 and 2^31-1: " + index);
    }
    if (multipathCount > 1) {
      throw new DescriptorException(
          "descriptor has multipath steps: call expandMultipath() before deriving");
    }
  }

  /** The canonical descriptor with its checksum, e.g. {@code wpkh(...)#abcd1234}. */
  @Override
  public String toString() {
    String body = root.toString();
    return body + "#" + Checksums.of(body);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Descriptor d && root.toString().equals(d.root.toString());
  }

  @Override
  public int hashCode() {
    return root.toString().hashCode();
  }
}
