/**
 * BIP-322 generic signed messages: VASPs prove control of reserve addresses by signing a challenge.
 *
 * <p>{@link org.sovereign.chain.bip322.Bip322} is the entry point. A message is committed to by a
 * virtual {@code to_spend} transaction paying the address, and signed by spending it in a virtual
 * {@code to_sign} transaction ({@link org.sovereign.chain.bip322.VirtualTransactions});
 * verification runs bitcoin-kmp's script interpreter with the standard (segwit and taproot) flags.
 * Signatures are read in the simple ({@code smp}), full ({@code ful}) and proof-of-funds ({@code
 * pof}) encodings, and without a prefix as the older unprefixed simple or full encoding. Proof of
 * funds checks the signatures over the extra inputs; whether those coins are unspent is for the
 * caller to check against the UTXO set.
 */
package org.sovereign.chain.bip322;
