package org.sovereign.supervision.defi.rpc;

/** The sender of a transaction and the account it called ({@code to} is null for a deployment). */
public record TxParties(String hash, String from, String to) {}
