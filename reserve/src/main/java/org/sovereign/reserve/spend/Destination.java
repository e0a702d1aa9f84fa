package org.sovereign.reserve.spend;

/** One output of a spend: an address and an amount in satoshis. */
public record Destination(String address, long amount_sat) {}
