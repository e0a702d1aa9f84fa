package org.sovereign.chain.bip322;

/** The address kinds BIP-322 signatures are checked for. */
public enum AddressType {
  /** Pay to public key hash, base58check. */
  P2PKH,
  /** Pay to script hash, base58check (includes nested segwit). */
  P2SH,
  /** Segwit v0 key hash, bech32. */
  P2WPKH,
  /** Segwit v0 script hash, bech32. */
  P2WSH,
  /** Segwit v1 taproot output key, bech32m. */
  P2TR
}
