package org.sovereign.chain.descriptor;

/** Which keys a position in a descriptor accepts. */
enum KeyContext {
  /** Legacy scripts (top level, sh()): compressed and uncompressed keys. */
  ANY,
  /** Segwit v0 (wpkh(), anything under wsh()): compressed keys only. */
  COMPRESSED,
  /** Taproot (tr() and its leaves): compressed or 32-byte x-only keys, used as x-only. */
  XONLY
}
