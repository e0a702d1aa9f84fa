package org.sovereign.chain.bip322;

import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxHash;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two virtual transactions of BIP-322: {@code to_spend} commits to the message and pays the
 * address; {@code to_sign} spends it to a single {@code OP_RETURN} output. Neither is ever valid on
 * the chain (to_spend spends the null outpoint).
 */
public final class VirtualTransactions {
  /** The BIP-340 tag of the message hash. */
  public static final String MESSAGE_TAG = "BIP0322-signed-message";

  /** The scriptPubKey of to_sign's only output: {@code OP_RETURN}. */
  static final byte[] OP_RETURN_SCRIPT = {0x6a};

  private static final long NULL_INDEX = 0xFFFFFFFFL;

  private VirtualTransactions() {}

  /** The tagged hash {@code SHA256(SHA256(tag) || SHA256(tag) || message)} of UTF-8 text. */
  public static byte[] messageHash(String message) {
    return messageHash(message.getBytes(StandardCharsets.UTF_8));
  }

  /** The tagged hash {@code SHA256(SHA256(tag) || SHA256(tag) || message)}. */
  public static byte[] messageHash(byte[] message) {
    return Crypto.taggedHash(message, MESSAGE_TAG).toByteArray();
  }

  /**
   * {@code to_spend}: version 0, one input spending {@code 000…000:0xFFFFFFFF} with scriptSig
   * {@code OP_0 PUSH32[message_hash]} and sequence 0, one 0-sat output paying {@code scriptPubKey},
   * locktime 0.
   */
  public static Transaction toSpend(byte[] scriptPubKey, byte[] messageHash) {
    if (messageHash.length != 32) {
      throw new IllegalArgumentException(
          "message hash must be 32 bytes, got " + messageHash.length);
    }
    byte[] scriptSig = new byte[34];
    scriptSig[0] = 0x00; // OP_0
    scriptSig[1] = 0x20; // push 32 bytes
    System.arraycopy(messageHash, 0, scriptSig, 2, 32);
    TxIn input =
        new TxIn(
            new OutPoint(new TxHash(ByteVector32.Zeroes), NULL_INDEX),
            new ByteVector(scriptSig),
            0,
            new ScriptWitness());
    TxOut output = new TxOut(new Satoshi(0), scriptPubKey.clone());
    return new Transaction(0, List.of(input), List.of(output), 0);
  }

  /** {@code to_spend} for {@code message} signed by {@code address}. */
  public static Transaction toSpend(Address address, String message) {
    return toSpend(address.scriptPubKey(), messageHash(message));
  }

  /**
   * The unsigned {@code to_sign}: version 0, one input spending {@code to_spend:0} with sequence 0
   * and an empty scriptSig and witness, one 0-sat {@code OP_RETURN} output, locktime 0.
   */
  public static Transaction toSign(Transaction toSpend) {
    TxIn input = new TxIn(new OutPoint(toSpend, 0), ByteVector.empty, 0, new ScriptWitness());
    TxOut output = new TxOut(new Satoshi(0), OP_RETURN_SCRIPT.clone());
    return new Transaction(0, List.of(input), List.of(output), 0);
  }

  /** The unsigned {@code to_sign} for {@code message} signed by {@code address}. */
  public static Transaction toSign(Address address, String message) {
    return toSign(toSpend(address, message));
  }
}
