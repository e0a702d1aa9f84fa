package org.sovereign.supervision.reporting;

/** One customer's balances (in the snapshot's asset order), read from line {@code line}. */
public record LiabilityRow(long line, String customerId, long[] balances) {}
