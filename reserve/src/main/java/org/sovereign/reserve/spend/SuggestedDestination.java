package org.sovereign.reserve.spend;

/** An address a spend may go to (another vault's issued address or the allow-list), labelled. */
public record SuggestedDestination(long vaultId, String address, String label) {}
