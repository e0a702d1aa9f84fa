package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.Base58Check;
import fr.acinq.bitcoin.Bech32;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import kotlin.Pair;
import kotlin.Triple;
import org.sovereign.base.Hex;
import org.sovereign.base.Network;

/**
 * A decoded Bitcoin address: its kind, its network and the scriptPubKey it pays. Immutable.
 *
 * <p>{@link #parse} accepts p2pkh and p2sh (base58check) and p2wpkh, p2wsh (bech32) and p2tr
 * (bech32m) addresses, and rejects an address of another network with a message naming both.
 */
public final class Address {
  private static final int HASH_LENGTH = 20;
  private static final int WITNESS_HASH_LENGTH = 32;

  private final String text;
  private final AddressType type;
  private final Network network;
  private final byte[] scriptPubKey;

  private Address(String text, AddressType type, Network network, byte[] scriptPubKey) {
    this.text = text;
    this.type = type;
    this.network = network;
    this.scriptPubKey = scriptPubKey;
  }

  /**
   * Decodes {@code address} for {@code network}.
   *
   * @throws InvalidAddressException naming what is wrong: encoding, checksum, version, length or
   *     network
   */
  public static Address parse(String address, Network network) {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(network, "network");
    String trimmed = address.strip();
    if (trimmed.isEmpty()) {
      throw new InvalidAddressException("empty address");
    }
    int separator = trimmed.lastIndexOf('1');
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (separator > 0 && isBech32Hrp(lower.substring(0, separator))) {
      return parseSegwit(trimmed, network);
    }
    return parseBase58(trimmed, network);
  }

  private static boolean isBech32Hrp(String hrp) {
    return hrp.equals("bc") || hrp.equals("tb") || hrp.equals("bcrt");
  }

  private static Address parseSegwit(String address, Network network) {
    Triple<String, Byte[], Bech32.Encoding> decoded;
    try {
      decoded = Bech32.decode(address, false);
    } catch (RuntimeException e) {
      throw new InvalidAddressException("invalid bech32 address '" + address + "': " + describe(e));
    }
    String hrp = decoded.getFirst();
    if (!hrp.equals(network.bech32Hrp())) {
      throw new InvalidAddressException(
          "address '"
              + address
              + "' has prefix '"
              + hrp
              + "' but "
              + network
              + " addresses use '"
              + network.bech32Hrp()
              + "'");
    }
    Triple<String, Byte, byte[]> witness;
    try {
      witness = Bech32.decodeWitnessAddress(address);
    } catch (RuntimeException e) {
      throw new InvalidAddressException("invalid segwit address '" + address + "': " + describe(e));
    }
    int version = witness.getSecond();
    byte[] program = witness.getThird();
    Bech32.Encoding expected = version == 0 ? Bech32.Encoding.Bech32 : Bech32.Encoding.Bech32m;
    if (decoded.getThird() != expected) {
      throw new InvalidAddressException(
          "segwit v"
              + version
              + " address '"
              + address
              + "' must use "
              + expected
              + " but uses "
              + decoded.getThird());
    }
    if (version == 0 && program.length == HASH_LENGTH) {
      return new Address(address, AddressType.P2WPKH, network, witnessScript(0, program));
    }
    if (version == 0 && program.length == WITNESS_HASH_LENGTH) {
      return new Address(address, AddressType.P2WSH, network, witnessScript(0, program));
    }
    if (version == 0) {
      throw new InvalidAddressException(
          "segwit v0 address '"
              + address
              + "' has a "
              + program.length
              + "-byte program; expected 20 (p2wpkh) or 32 (p2wsh)");
    }
    if (version == 1 && program.length == WITNESS_HASH_LENGTH) {
      return new Address(address, AddressType.P2TR, network, witnessScript(1, program));
    }
    throw new InvalidAddressException(
        "unsupported witness program in '"
            + address
            + "': version "
            + version
            + ", "
            + program.length
            + " bytes (supported: v0 p2wpkh/p2wsh, v1 32-byte p2tr)");
  }

  private static Address parseBase58(String address, Network network) {
    Pair<Byte, byte[]> decoded;
    try {
      decoded = Base58Check.decode(address);
    } catch (RuntimeException e) {
      throw new InvalidAddressException(
          "'" + address + "' is neither a bech32 nor a valid base58check address: " + describe(e));
    }
    byte version = decoded.getFirst();
    byte[] hash = decoded.getSecond();
    if (hash.length != HASH_LENGTH) {
      throw new InvalidAddressException(
          "base58 address '" + address + "' holds " + hash.length + " bytes; expected 20");
    }
    if (version == network.p2pkhVersion()) {
      byte[] script = new byte[25];
      script[0] = 0x76; // OP_DUP
      script[1] = (byte) 0xa9; // OP_HASH160
      script[2] = 0x14;
      System.arraycopy(hash, 0, script, 3, HASH_LENGTH);
      script[23] = (byte) 0x88; // OP_EQUALVERIFY
      script[24] = (byte) 0xac; // OP_CHECKSIG
      return new Address(address, AddressType.P2PKH, network, script);
    }
    if (version == network.p2shVersion()) {
      byte[] script = new byte[23];
      script[0] = (byte) 0xa9; // OP_HASH160
      script[1] = 0x14;
      System.arraycopy(hash, 0, script, 2, HASH_LENGTH);
      script[22] = (byte) 0x87; // OP_EQUAL
      return new Address(address, AddressType.P2SH, network, script);
    }
    throw new InvalidAddressException(
        "base58 address '"
            + address
            + "' has version byte 0x"
            + Hex.encode(new byte[] {version})
            + ", which is not a "
            + network
            + " p2pkh (0x"
            + Hex.encode(new byte[] {network.p2pkhVersion()})
            + ") or p2sh (0x"
            + Hex.encode(new byte[] {network.p2shVersion()})
            + ") address");
  }

  private static byte[] witnessScript(int version, byte[] program) {
    byte[] script = new byte[2 + program.length];
    script[0] = (byte) (version == 0 ? 0x00 : 0x50 + version); // OP_0 or OP_1..OP_16
    script[1] = (byte) program.length;
    System.arraycopy(program, 0, script, 2, program.length);
    return script;
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The address as given (trimmed). */
  public String text() {
    return text;
  }

  /** The address kind. */
  public AddressType type() {
    return type;
  }

  /** The network the address was checked against. */
  public Network network() {
    return network;
  }

  /** The scriptPubKey this address pays (a copy). */
  public byte[] scriptPubKey() {
    return scriptPubKey.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Address a
        && a.type == type
        && a.network == network
        && Arrays.equals(a.scriptPubKey, scriptPubKey);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(scriptPubKey) + network.hashCode();
  }

  @Override
  public String toString() {
    return type + " " + text;
  }
}
