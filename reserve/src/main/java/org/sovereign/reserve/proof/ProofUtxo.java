package org.sovereign.reserve.proof;

/** One coin a proof of reserves claims: where it is, what it pays and how much. */
public record ProofUtxo(String outpoint, long value_sat, String script, int height) {}
