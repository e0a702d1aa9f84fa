/**
 * PSBT version 0 (BIP-174) for multisig custody: the platform checks, combines and finalizes PSBTs
 * signed on custodians' devices and never holds keys.
 *
 * <p>{@link org.sovereign.chain.psbt.PsbtValidator} reads the key-value maps by hand and rejects,
 * with a {@link org.sovereign.chain.psbt.RejectReason} and a message naming map, key type and
 * offset: a missing magic; truncation or a missing separator; non-minimal compact sizes; trailing
 * bytes; duplicate keys; a missing, witness-serialised or scriptSig-carrying unsigned transaction;
 * input/output map counts that differ from it; keys of the wrong length per type (public keys are
 * checked on the curve, the global xpub is 78 bytes); BIP-32 origins that are not a fingerprint and
 * whole path elements; partial signatures that are not strict DER plus hash type; non-witness UTXOs
 * that do not hash to the spent txid; witness UTXOs, final scriptSigs and witnesses that do not
 * parse; hash preimages that do not hash to their key; taproot field lengths; PSBT version 2 fields
 * and versions other than 0. Unknown keys are kept, and an accepted PSBT re-serialises to exactly
 * its input bytes.
 *
 * <p>{@link org.sovereign.chain.psbt.PsbtFinalizer} satisfies p2pkh, p2wpkh, p2sh-p2wpkh and
 * multi/sortedmulti in p2sh, p2wsh and p2sh-p2wsh, verifying each signature against its key and the
 * spend with bitcoin-kmp's interpreter; {@link org.sovereign.chain.psbt.PsbtExtractor} builds the
 * network transaction; {@link org.sovereign.chain.psbt.SignerChecks} applies BIP-174's signer
 * checks.
 */
package org.sovereign.chain.psbt;
