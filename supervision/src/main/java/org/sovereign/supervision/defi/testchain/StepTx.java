package org.sovereign.supervision.defi.testchain;

/** One mined transaction of a scenario step: what it did, its hash, its block and its target. */
public record StepTx(String label, String hash, long block, String to) {}
