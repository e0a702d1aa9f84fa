package org.sovereign.chain.psbt;

/** Why a PSBT was rejected by {@link PsbtValidator}. */
public enum RejectReason {
  /** The text is not valid base64. */
  INVALID_BASE64,
  /** The data does not start with the magic bytes {@code psbt\xff}. */
  BAD_MAGIC,
  /** The data ends inside a key, a value or before a map separator. */
  TRUNCATED,
  /** A compact size is not encoded in its shortest form (it would not round-trip). */
  NON_CANONICAL_COMPACT_SIZE,
  /** Bytes remain after the last output map. */
  TRAILING_BYTES,
  /** The same key appears twice in one map. */
  DUPLICATE_KEY,
  /** The global map has no unsigned transaction. */
  MISSING_UNSIGNED_TX,
  /** The unsigned transaction cannot be parsed. */
  MALFORMED_UNSIGNED_TX,
  /** The unsigned transaction is written in the witness serialization format. */
  UNSIGNED_TX_WITNESS_FORMAT,
  /** An input of the unsigned transaction has a scriptSig. */
  UNSIGNED_TX_HAS_SCRIPTSIG,
  /** The number of input or output maps differs from the unsigned transaction's. */
  MAP_COUNT_MISMATCH,
  /** A key has the wrong length or content for its type. */
  INVALID_KEY,
  /** A value has the wrong length or content for its type. */
  INVALID_VALUE,
  /** A public key in a key is not a valid secp256k1 point encoding. */
  INVALID_PUBKEY,
  /** A partial signature is not DER with a hash type byte. */
  INVALID_SIGNATURE,
  /** A non-witness UTXO does not hash to the input's previous txid, or lacks the spent output. */
  UTXO_MISMATCH,
  /** A PSBT version other than 0, or a field defined only for PSBT version 2. */
  UNSUPPORTED_VERSION
}
