package org.sovereign.chain.psbt;

/** BIP-174 key type numbers (with the BIP-370/371 ones a v0 validator must know about). */
final class PsbtKeyTypes {
  private PsbtKeyTypes() {}

  static final int GLOBAL_UNSIGNED_TX = 0x00;
  static final int GLOBAL_XPUB = 0x01;
  static final int GLOBAL_VERSION = 0xfb;
  static final int PROPRIETARY = 0xfc;

  static final int IN_NON_WITNESS_UTXO = 0x00;
  static final int IN_WITNESS_UTXO = 0x01;
  static final int IN_PARTIAL_SIG = 0x02;
  static final int IN_SIGHASH_TYPE = 0x03;
  static final int IN_REDEEM_SCRIPT = 0x04;
  static final int IN_WITNESS_SCRIPT = 0x05;
  static final int IN_BIP32_DERIVATION = 0x06;
  static final int IN_FINAL_SCRIPTSIG = 0x07;
  static final int IN_FINAL_SCRIPTWITNESS = 0x08;
  static final int IN_POR_COMMITMENT = 0x09;
  static final int IN_RIPEMD160 = 0x0a;
  static final int IN_SHA256 = 0x0b;
  static final int IN_HASH160 = 0x0c;
  static final int IN_HASH256 = 0x0d;
  static final int IN_TAP_KEY_SIG = 0x13;
  static final int IN_TAP_SCRIPT_SIG = 0x14;
  static final int IN_TAP_LEAF_SCRIPT = 0x15;
  static final int IN_TAP_BIP32_DERIVATION = 0x16;
  static final int IN_TAP_INTERNAL_KEY = 0x17;
  static final int IN_TAP_MERKLE_ROOT = 0x18;

  static final int OUT_REDEEM_SCRIPT = 0x00;
  static final int OUT_WITNESS_SCRIPT = 0x01;
  static final int OUT_BIP32_DERIVATION = 0x02;
  static final int OUT_TAP_INTERNAL_KEY = 0x05;
  static final int OUT_TAP_TREE = 0x06;
  static final int OUT_TAP_BIP32_DERIVATION = 0x07;
}
