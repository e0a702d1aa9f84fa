package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.Base58Check;
import fr.acinq.bitcoin.Bech32;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.sovereign.base.Network;

/** Converts between output scripts and addresses (base58check, bech32 and bech32m). */
final class Addresses {
  private static final int HASH160_LENGTH = 20;

  private Addresses() {}

  /** The address of a standard output script, or empty when the script has none. */
  static Optional<String> fromScript(byte[] script, Network network) {
    int n = script.length;
    if (n == 25
        && (script[0] & 0xff) == ScriptBytes.OP_DUP
        && (script[1] & 0xff) == ScriptBytes.OP_HASH160
        && script[2] == HASH160_LENGTH
        && (script[23] & 0xff) == ScriptBytes.OP_EQUALVERIFY
        && (script[24] & 0xff) == ScriptBytes.OP_CHECKSIG) {
      return Optional.of(
          Base58Check.encode(network.p2pkhVersion(), Arrays.copyOfRange(script, 3, 23)));
    }
    if (n == 23
        && (script[0] & 0xff) == ScriptBytes.OP_HASH160
        && script[1] == HASH160_LENGTH
        && (script[22] & 0xff) == ScriptBytes.OP_EQUAL) {
      return Optional.of(
          Base58Check.encode(network.p2shVersion(), Arrays.copyOfRange(script, 2, 22)));
    }
    int version = witnessVersion(script);
    if (version >= 0) {
      byte[] program = Arrays.copyOfRange(script, 2, n);
      return Optional.of(Bech32.encodeWitnessAddress(network.bech32Hrp(), (byte) version, program));
    }
    return Optional.empty();
  }

  /** The witness version of a segwit output script, or -1. */
  private static int witnessVersion(byte[] script) {
    int n = script.length;
    if (n < 4 || n > 42 || script[1] != n - 2) {
      return -1;
    }
    int opcode = script[0] & 0xff;
    if (opcode == ScriptBytes.OP_0) {
      return n == 22 || n == 34 ? 0 : -1;
    }
    return opcode >= ScriptBytes.OP_1 && opcode <= ScriptBytes.OP_1 + 15
        ? opcode - ScriptBytes.OP_1 + 1
        : -1;
  }

  /** The output script an address of {@code network} pays to. */
  static byte[] toScript(String address, Network network) {
    String prefix = network.bech32Hrp() + "1";
    if (address.toLowerCase(Locale.ROOT).startsWith(prefix)) {
      return segwitScript(address, network);
    }
    kotlin.Pair<Byte, byte[]> decoded;
    try {
      decoded = Base58Check.decode(address);
    } catch (RuntimeException e) {
      throw new DescriptorException(
          "addr(): '" + address + "' is not a valid " + network + " address");
    }
    byte[] hash = decoded.getSecond();
    if (hash.length == HASH160_LENGTH && decoded.getFirst() == network.p2pkhVersion()) {
      return new ScriptBytes()
          .op(ScriptBytes.OP_DUP)
          .op(ScriptBytes.OP_HASH160)
          .push(hash)
          .op(ScriptBytes.OP_EQUALVERIFY)
          .op(ScriptBytes.OP_CHECKSIG)
          .bytes();
    }
    if (hash.length == HASH160_LENGTH && decoded.getFirst() == network.p2shVersion()) {
      return new ScriptBytes()
          .op(ScriptBytes.OP_HASH160)
          .push(hash)
          .op(ScriptBytes.OP_EQUAL)
          .bytes();
    }
    throw new DescriptorException(
        "addr(): '" + address + "' is not a P2PKH or P2SH address of the " + network + " network");
  }

  private static byte[] segwitScript(String address, Network network) {
    int version;
    byte[] program;
    Bech32.Encoding encoding;
    try {
      encoding = Bech32.decode(address, false).getThird();
      var decoded = Bech32.decodeWitnessAddress(address);
      version = decoded.getSecond();
      program = decoded.getThird();
    } catch (RuntimeException e) {
      throw new DescriptorException(
          "addr(): '" + address + "' is not a valid " + network + " segwit address");
    }
    Bech32.Encoding expected = version == 0 ? Bech32.Encoding.Bech32 : Bech32.Encoding.Bech32m;
    boolean lengthOk =
        version == 0 ? program.length == 20 || program.length == 32 : program.length >= 2;
    if (encoding != expected || version > 16 || !lengthOk || program.length > 40) {
      throw new DescriptorException(
          "addr(): '" + address + "' is not a valid " + network + " segwit address");
    }
    ScriptBytes script = new ScriptBytes();
    script.op(version == 0 ? ScriptBytes.OP_0 : ScriptBytes.OP_1 - 1 + version);
    return script.push(program).bytes();
  }
}
