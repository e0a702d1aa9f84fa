package org.sovereign.reserve.vault;

import java.time.Instant;
import java.util.List;

/**
 * A receive address issued from a vault, with what a custodian needs to check it on a signer: the
 * descriptor, the index, and each key's fingerprint and full derivation path.
 */
public record IssuedAddress(
    long vaultId,
    int index,
    String address,
    String label,
    String issuedBy,
    Instant issuedAt,
    List<String> keyPaths) {}
