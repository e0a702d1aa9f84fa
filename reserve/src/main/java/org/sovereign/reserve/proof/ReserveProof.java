package org.sovereign.reserve.proof;

import java.util.List;

/**
 * The published proof of reserves, format {@code sovereign-proof-of-reserves/1}
 * (docs/proof-of-reserves.md): the coins held at a block, their total, and a BIP-127 proof
 * transaction (as a finalized PSBT, base64) spending all of them plus a commitment to {@code
 * message}, signed by the vaults' quorums.
 */
public record ReserveProof(
    String format,
    String network,
    int height,
    String block_hash,
    String message,
    List<ProofUtxo> utxos,
    long total_sat,
    String psbt) {

  public static final String FORMAT = "sovereign-proof-of-reserves/1";

  public ReserveProof {
    utxos = List.copyOf(utxos);
  }
}
