package org.sovereign.chain.descriptor;

import fr.acinq.bitcoin.Crypto;
import java.io.ByteArrayOutputStream;

/** Builds the output scripts descriptors produce, with minimal pushes. */
final class ScriptBytes {
  static final int OP_0 = 0x00;
  static final int OP_PUSHDATA1 = 0x4c;
  static final int OP_PUSHDATA2 = 0x4d;
  static final int OP_1 = 0x51;
  static final int OP_DUP = 0x76;
  static final int OP_EQUAL = 0x87;
  static final int OP_EQUALVERIFY = 0x88;
  static final int OP_NUMEQUAL = 0x9c;
  static final int OP_HASH160 = 0xa9;
  static final int OP_CHECKSIG = 0xac;
  static final int OP_CHECKMULTISIG = 0xae;
  static final int OP_CHECKSIGADD = 0xba;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  ScriptBytes op(int opcode) {
    out.write(opcode);
    return this;
  }

  /** Pushes {@code data} with the shortest push opcode. */
  ScriptBytes push(byte[] data) {
    if (data.length < OP_PUSHDATA1) {
      out.write(data.length);
    } else if (data.length <= 0xff) {
      out.write(OP_PUSHDATA1);
      out.write(data.length);
    } else {
      out.write(OP_PUSHDATA2);
      out.write(data.length & 0xff);
      out.write(data.length >>> 8);
    }
    out.writeBytes(data);
    return this;
  }

  /** Pushes a non-negative number: OP_0, OP_1..OP_16, or a minimal script number. */
  ScriptBytes number(int value) {
    if (value == 0) {
      return op(OP_0);
    }
    if (value <= 16) {
      return op(OP_1 - 1 + value);
    }
    ByteArrayOutputStream number = new ByteArrayOutputStream();
    int rest = value;
    while (rest > 0) {
      number.write(rest & 0xff);
      rest >>>= 8;
    }
    byte[] bytes = number.toByteArray();
    if ((bytes[bytes.length - 1] & 0x80) != 0) {
      number.write(0);
      bytes = number.toByteArray();
    }
    return push(bytes);
  }

  byte[] bytes() {
    return out.toByteArray();
  }

  static byte[] payToPublicKey(byte[] key) {
    return new ScriptBytes().push(key).op(OP_CHECKSIG).bytes();
  }

  static byte[] payToPublicKeyHash(byte[] key) {
    return new ScriptBytes()
        .op(OP_DUP)
        .op(OP_HASH160)
        .push(Crypto.hash160(key))
        .op(OP_EQUALVERIFY)
        .op(OP_CHECKSIG)
        .bytes();
  }

  static byte[] payToWitnessPublicKeyHash(byte[] key) {
    return new ScriptBytes().op(OP_0).push(Crypto.hash160(key)).bytes();
  }

  static byte[] payToScriptHash(byte[] redeemScript) {
    return new ScriptBytes().op(OP_HASH160).push(Crypto.hash160(redeemScript)).op(OP_EQUAL).bytes();
  }

  static byte[] payToWitnessScriptHash(byte[] witnessScript) {
    return new ScriptBytes().op(OP_0).push(Crypto.sha256(witnessScript)).bytes();
  }

  static byte[] payToTaproot(byte[] outputKey) {
    return new ScriptBytes().op(OP_1).push(outputKey).bytes();
  }
}
