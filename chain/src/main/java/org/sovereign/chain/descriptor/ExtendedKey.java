package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.DeterministicWallet.ExtendedPrivateKey;
import fr.acinq.bitcoin.DeterministicWallet.ExtendedPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * An xpub/xprv (or tpub/tprv) followed by derivation steps, optionally one multipath step ({@code
 * /<0;1>}, BIP-389), and optionally a final ranged step ({@code /*} or {@code /*h}).
 */
final class ExtendedKey implements KeyExpression {
  /** Whether the key ends in {@code /*} and whether that last step is hardened. */
  enum Range {
    NONE,
    UNHARDENED,
    HARDENED
  }

  private final OriginPrefix origin;
  private final String encoded;
  private final ExtendedPublicKey publicRoot;
  private final ExtendedPrivateKey privateRoot;
  private final List<int[]> steps;
  private final Range range;
  private final int multipathCount;

  /** The key after the fixed steps, derived once; null when multipath or not derivable. */
  private final ExtendedPublicKey publicBase;

  private final ExtendedPrivateKey privateBase;
  private final String baseProblem;

  /**
   * @param steps each step's alternatives: one element for a plain step, several for multipath
   * @param privateRoot the private key when {@code encoded} is an xprv/tprv, else null
   */
  ExtendedKey(
      OriginPrefix origin,
      String encoded,
      ExtendedPublicKey publicRoot,
      ExtendedPrivateKey privateRoot,
      List<int[]> steps,
      Range range) {
    this.origin = origin;
    this.encoded = encoded;
    this.publicRoot = publicRoot;
    this.privateRoot = privateRoot;
    List<int[]> copy = new ArrayList<>();
    int count = 1;
    for (int[] step : steps) {
      copy.add(step.clone());
      count = Math.max(count, step.length);
    }
    this.steps = List.copyOf(copy);
    this.range = range;
    this.multipathCount = count;
    ExtendedPublicKey pub = null;
    ExtendedPrivateKey priv = null;
    String problem = null;
    if (count > 1) {
      problem = "the key has a multipath step: expand the descriptor first";
    } else if (privateRoot != null) {
      priv = privateRoot;
      for (int[] step : this.steps) {
        priv = priv.derivePrivateKey(DerivationStep.unsigned(step[0]));
      }
    } else {
      pub = publicRoot;
      for (int[] step : this.steps) {
        if (DerivationStep.isHardened(step[0])) {
          pub = null;
          problem =
              "cannot derive hardened step "
                  + DerivationStep.format(step[0])
                  + " from a public extended key (needs the private key)";
          break;
        }
        pub = pub.derivePublicKey(DerivationStep.unsigned(step[0]));
      }
    }
    this.publicBase = pub;
    this.privateBase = priv;
    this.baseProblem = problem;
  }

  @Override
  public byte[] publicKey(int index) {
    int child = range == Range.HARDENED ? index | DerivationStep.HARDENED : index;
    if (privateBase != null) {
      ExtendedPrivateKey key =
          range == Range.NONE
              ? privateBase
              : privateBase.derivePrivateKey(DerivationStep.unsigned(child));
      return key.getPublicKey().value.toByteArray();
    }
    if (publicBase == null) {
      throw new DescriptorException(baseProblem + ": '" + Fragments.shorten(toString()) + "'");
    }
    if (range == Range.HARDENED) {
      throw new DescriptorException(
          "cannot derive hardened children /*h from a public extended key: '"
              + Fragments.shorten(toString())
              + "'");
    }
    ExtendedPublicKey key =
        range == Range.NONE
            ? publicBase
            : publicBase.derivePublicKey(DerivationStep.unsigned(child));
    return key.publickeybytes.toByteArray();
  }

  @Override
  public boolean isRanged() {
    return range != Range.NONE;
  }

  @Override
  public boolean isCompressed() {
    return true;
  }

  @Override
  public int multipathCount() {
    return multipathCount;
  }

  @Override
  public KeyExpression pickPath(int choice) {
    if (multipathCount == 1) {
      return this;
    }
    List<int[]> picked = new ArrayList<>();
    for (int[] step : steps) {
      picked.add(step.length == 1 ? step : new int[] {step[choice]});
    }
    return new ExtendedKey(origin, encoded, publicRoot, privateRoot, picked, range);
  }

  @Override
  public KeyOrigin origin(int index, boolean xonly) {
    List<Integer> path = new ArrayList<>();
    int fingerprint;
    if (origin == null) {
      fingerprint = KeyExpression.fingerprintOf(publicRoot.publickeybytes.toByteArray());
    } else {
      fingerprint = origin.fingerprint();
      path.addAll(origin.path());
    }
    for (int[] step : steps) {
      path.add(step[0]);
    }
    if (range != Range.NONE) {
      path.add(range == Range.HARDENED ? index | DerivationStep.HARDENED : index);
    }
    byte[] key = xonly ? xonlyKey(index) : publicKey(index);
    return new KeyOrigin(fingerprint, path.stream().mapToInt(Integer::intValue).toArray(), key);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (origin != null) {
      text.append(origin);
    }
    text.append(encoded);
    for (int[] step : steps) {
      text.append('/');
      if (step.length == 1) {
        text.append(DerivationStep.format(step[0]));
      } else {
        StringJoiner choices = new StringJoiner(";", "<", ">");
        for (int choice : step) {
          choices.add(DerivationStep.format(choice));
        }
        text.append(choices);
      }
    }
    if (range != Range.NONE) {
      text.append(range == Range.HARDENED ? "/*h" : "/*");
    }
    return text.toString();
  }
}
