package org.sovereign.reserve.spend;

import java.util.List;

/**
 * What an officer proposes (also the API body); {@code emergency} asks for the vault's timelocked
 * emergency path.
 */
public record SpendRequest(
    String purpose,
    String authority_reference,
    Integer fee_rate,
    List<Destination> destinations,
    Boolean emergency) {

  public SpendRequest(
      String purpose,
      String authority_reference,
      Integer fee_rate,
      List<Destination> destinations) {
    this(purpose, authority_reference, fee_rate, destinations, false);
  }

  public boolean isEmergency() {
    return Boolean.TRUE.equals(emergency);
  }
}
