package org.sovereign.reserve.vault;

/** Who holds one of a vault's keys: a name, the key's master fingerprint and where it is kept. */
public record Custodian(
    String name,
    String fingerprint,
    @com.fasterxml.jackson.annotation.JsonProperty("key_location") String keyLocation) {}
