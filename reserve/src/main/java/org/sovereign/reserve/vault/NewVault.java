package org.sovereign.reserve.vault;

import java.util.List;

/** What an officer submits to register a vault (also the API body). */
public record NewVault(
    String name,
    String purpose,
    String descriptor,
    Integer quorum,
    Integer gap_limit,
    List<Custodian> custodians) {}
