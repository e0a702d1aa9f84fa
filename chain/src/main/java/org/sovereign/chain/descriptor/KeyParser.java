package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.Base58Check;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.DeterministicWallet;
import fr.acinq.bitcoin.DeterministicWallet.ExtendedPrivateKey;
import fr.acinq.bitcoin.DeterministicWallet.ExtendedPublicKey;
import fr.acinq.bitcoin.KeyPath;
import fr.acinq.bitcoin.PrivateKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.sovereign.base.Network;

/** Parses BIP-380 key expressions, with BIP-389 multipath steps, for one network. */
final class KeyParser {
  private static final int EXTENDED_KEY_LENGTH = 78;

  private final Network network;

  KeyParser(Network network) {
    this.network = network;
  }

  /**
   * Parses {@code text} as a key allowed in {@code context}; {@code where} names the enclosing
   * function for error messages, e.g. {@code wpkh()}.
   */
  KeyExpression parse(String text, KeyContext context, String where) {
    if (text.isEmpty()) {
      throw new DescriptorException(where + " needs a key expression, got nothing");
    }
    if (text.indexOf('(') >= 0 || text.indexOf('{') >= 0) {
      throw new DescriptorException(
          where + " takes a key expression, not a script: '" + Fragments.shorten(text) + "'");
    }
    OriginPrefix origin = null;
    String rest = text;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw new DescriptorException("key origin '[' is never closed in '" + text + "'");
      }
      origin = OriginPrefix.parse(rest.substring(1, close));
      rest = rest.substring(close + 1);
    }
    if (rest.indexOf('[') >= 0) {
      throw new DescriptorException(
          "a key can have only one key origin, at its start: '" + Fragments.shorten(text) + "'");
    }
    if (rest.indexOf(']') >= 0) {
      throw new DescriptorException(
          "key origin ']' without an opening '[': '" + Fragments.shorten(text) + "'");
    }
    if (rest.isEmpty()) {
      throw new DescriptorException("key origin " + origin + " is not followed by a key");
    }
    String[] parts = rest.split("/", -1);
    String key = parts[0];
    if (isHex(key)) {
      requireNoSteps(parts, "public keys");
      return hexKey(origin, key, context, where);
    }
    byte[] decoded = base58(key);
    if (decoded != null && decoded.length == EXTENDED_KEY_LENGTH) {
      return extendedKey(origin, key, parts, where);
    }
    if (decoded != null && (decoded.length == 33 || decoded.length == 34)) {
      requireNoSteps(parts, "WIF private keys");
      return wifKey(origin, key, decoded, context, where);
    }
    throw new DescriptorException(
        "'"
            + Fragments.shorten(key)
            + "' in "
            + where
            + " is not a key (expected hex public key, WIF private key, or xpub/xprv/tpub/tprv)");
  }

  private static void requireNoSteps(String[] parts, String kind) {
    if (parts.length > 1) {
      throw new DescriptorException(
          kind + " cannot have derivation steps: '/" + parts[1] + "' (only extended keys can)");
    }
  }

  private static boolean isHex(String text) {
    if (text.isEmpty() || (text.length() & 1) != 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The Base58Check payload including its version byte(s), or null when not Base58Check. */
  private static byte[] base58(String text) {
    try {
      var decoded = Base58Check.decode(text);
      byte[] payload = decoded.getSecond();
      byte[] all = new byte[payload.length + 1];
      all[0] = decoded.getFirst();
      System.arraycopy(payload, 0, all, 1, payload.length);
      return all;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static KeyExpression hexKey(
      OriginPrefix origin, String hex, KeyContext context, String where) {
    byte[] bytes = HexFormat.of().parseHex(hex);
    String canonical = HexFormat.of().formatHex(bytes);
    if (bytes.length == 32) {
      if (context != KeyContext.XONLY) {
        throw new DescriptorException(
            "x-only (32-byte) keys are only allowed inside tr(), not in " + where + ": " + hex);
      }
      byte[] full = new byte[33];
      full[0] = 0x02;
      System.arraycopy(bytes, 0, full, 1, 32);
      if (!Crypto.isPubKeyValid(full)) {
        throw new DescriptorException("x-only key is not a point on the curve: " + hex);
      }
      return new ConstantKey(origin, full, canonical);
    }
    boolean compressed = bytes.length == 33 && (bytes[0] == 0x02 || bytes[0] == 0x03);
    boolean uncompressed = bytes.length == 65 && bytes[0] == 0x04;
    if (!compressed && !uncompressed) {
      throw new DescriptorException(
          "public key must be 33 bytes (02/03 prefix) or 65 bytes (04 prefix), got "
              + bytes.length
              + " bytes: "
              + Fragments.shorten(hex));
    }
    if (!Crypto.isPubKeyValid(bytes)) {
      throw new DescriptorException("public key is not a point on the curve: " + hex);
    }
    if (uncompressed) {
      requireUncompressedAllowed(context, where);
    }
    return new ConstantKey(origin, bytes, canonical);
  }

  private static void requireUncompressedAllowed(KeyContext context, String where) {
    if (context != KeyContext.ANY) {
      throw new DescriptorException(where + " needs a compressed key (uncompressed given)");
    }
  }

  private KeyExpression wifKey(
      OriginPrefix origin, String wif, byte[] decoded, KeyContext context, String where) {
    byte expectedVersion = network == Network.MAIN ? (byte) 0x80 : (byte) 0xef;
    if (decoded[0] != expectedVersion) {
      throw new DescriptorException(
          "WIF private key in " + where + " is not for the " + network + " network");
    }
    boolean compressed = decoded.length == 34;
    if (compressed && decoded[33] != 0x01) {
      throw new DescriptorException("WIF private key in " + where + " has a bad compression flag");
    }
    byte[] secret = new byte[32];
    System.arraycopy(decoded, 1, secret, 0, 32);
    if (!Crypto.isPrivKeyValid(secret)) {
      throw new DescriptorException("WIF private key in " + where + " is out of range");
    }
    PrivateKey key = new PrivateKey(secret);
    byte[] publicKey =
        compressed ? key.publicKey().value.toByteArray() : key.publicKey().toUncompressedBin();
    if (!compressed) {
      requireUncompressedAllowed(context, where);
    }
    return new ConstantKey(origin, publicKey, wif);
  }

  private KeyExpression extendedKey(
      OriginPrefix origin, String encoded, String[] parts, String where) {
    var decoded = Base58Check.decodeWithIntPrefix(encoded);
    int prefix = decoded.getFirst();
    boolean main = network == Network.MAIN;
    int publicPrefix = main ? DeterministicWallet.xpub : DeterministicWallet.tpub;
    int privatePrefix = main ? DeterministicWallet.xprv : DeterministicWallet.tprv;
    if (prefix != publicPrefix && prefix != privatePrefix) {
      throw new DescriptorException(
          "extended key '"
              + encoded.substring(0, 4)
              + "...' in "
              + where
              + " is not an "
              + (main ? "xpub/xprv" : "tpub/tprv")
              + " for the "
              + network
              + " network");
    }
    KeyPath root = new KeyPath(List.of());
    ExtendedPublicKey publicKey;
    ExtendedPrivateKey privateKey = null;
    try {
      if (prefix == privatePrefix) {
        privateKey = ExtendedPrivateKey.decode(encoded, root).getSecond();
        publicKey = privateKey.getExtendedPublicKey();
      } else {
        publicKey = ExtendedPublicKey.decode(encoded, root).getSecond();
      }
    } catch (RuntimeException e) {
      throw new DescriptorException(
          "extended key in " + where + " is malformed: " + e.getMessage());
    }
    List<int[]> steps = new ArrayList<>();
    ExtendedKey.Range range = ExtendedKey.Range.NONE;
    boolean multipath = false;
    for (int i = 1; i < parts.length; i++) {
      String step = parts[i];
      String stepWhere = "the path of " + encoded.substring(0, 4) + "... in " + where;
      if (step.equals("*") || step.equals("*h") || step.equals("*'")) {
        if (i != parts.length - 1) {
          throw new DescriptorException("'/*' must be the last step, in " + stepWhere);
        }
        range = step.equals("*") ? ExtendedKey.Range.UNHARDENED : ExtendedKey.Range.HARDENED;
      } else if (step.startsWith("<")) {
        if (multipath) {
          throw new DescriptorException("a key can have only one multipath step <..;..>");
        }
        multipath = true;
        steps.add(multipathStep(step, stepWhere));
      } else {
        steps.add(new int[] {DerivationStep.parse(step, stepWhere)});
      }
    }
    return new ExtendedKey(origin, encoded, publicKey, privateKey, steps, range);
  }

  private static int[] multipathStep(String step, String where) {
    if (!step.endsWith(">")) {
      throw new DescriptorException("multipath step '" + step + "' is not closed by '>'");
    }
    String[] choices = step.substring(1, step.length() - 1).split(";", -1);
    if (choices.length < 2) {
      throw new DescriptorException(
          "multipath step '" + step + "' needs at least two alternatives, in " + where);
    }
    int[] values = new int[choices.length];
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < choices.length; i++) {
      values[i] = DerivationStep.parse(choices[i], where);
      if (!seen.add(values[i])) {
        throw new DescriptorException(
            "multipath step '" + step + "' repeats " + choices[i] + ", in " + where);
      }
    }
    return values;
  }
}
