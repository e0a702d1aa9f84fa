/**
 * Bitcoin output descriptors (BIP-380 to BIP-386, multipath from BIP-389): parse, derive output
 * scripts, addresses and key origins.
 *
 * <p>Supported grammar (whitespace is not allowed; {@code #checksum} is optional):
 *
 * <pre>
 * DESCRIPTOR := TOP ( '#' CHECKSUM8 )?
 * TOP    := SCRIPT | sh(SH) | wsh(WSH) | wpkh(KEY) | combo(KEY) | tr(TRKEY) | tr(TRKEY,TREE)
 *         | raw(HEX) | addr(ADDRESS)
 * SH     := SCRIPT | wpkh(KEY) | wsh(WSH)                    redeem script at most 520 bytes
 * WSH    := SCRIPT                                           compressed keys only
 * SCRIPT := pk(KEY) | pkh(KEY) | multi(K,KEY,...) | sortedmulti(K,KEY,...)   1 &lt;= K &lt;= n &lt;= 20
 * TREE   := LEAF | '{' TREE ',' TREE '}'                     depth at most 128
 * LEAF   := pk(TRKEY) | pkh(TRKEY) | multi_a(K,TRKEY,...) | sortedmulti_a(K,TRKEY,...)
 * KEY    := ORIGIN? ( HEXKEY | WIF | XKEY PATH )
 * TRKEY  := like KEY, also 32-byte x-only hex; used as x-only
 * ORIGIN := '[' FINGERPRINT8HEX ( '/' STEP )* ']'
 * XKEY   := xpub | xprv (main) | tpub | tprv (test, signet, regtest)
 * PATH   := ( '/' STEP | '/' '&lt;' STEP ( ';' STEP )+ '&gt;' )* ( '/*' | '/*h' | "/*'" )?
 * STEP   := INDEX ( 'h' | "'" )?                             INDEX &lt; 2^31
 * </pre>
 *
 * <p>Rules enforced: uncompressed keys only outside segwit; {@code sh} only at top; {@code wsh} at
 * top or in {@code sh}; {@code wpkh} at top or in {@code sh}; {@code combo}, {@code raw}, {@code
 * addr} and {@code tr} only at top; WIF and hex keys take no derivation steps; at most one
 * multipath step per key, and all multipath steps in a descriptor have the same number of
 * alternatives. Hardened steps after an xpub parse but fail at derivation.
 *
 * <p>Layout: {@link org.sovereign.chain.descriptor.Descriptors} parses (checksum in {@code
 * Checksums}, structure in {@code DescriptorParser}, keys in {@code KeyParser}) into a tree of
 * {@code ScriptNode}s over {@code KeyExpression}s; {@link
 * org.sovereign.chain.descriptor.Descriptor} derives. Cryptography comes from bitcoin-kmp.
 */
package org.sovereign.chain.descriptor;
