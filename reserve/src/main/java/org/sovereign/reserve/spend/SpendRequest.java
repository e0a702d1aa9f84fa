package org.sovereign.reserve.spend;

import java.util.List;

/** What an officer proposes (also the API body). */
public record SpendRequest(
    String purpose, String authority_reference, Integer fee_rate, List<Destination> destinations) {}
