package org.sovereign.reserve.spend;

import java.time.Instant;
import java.util.List;

/** A spend as stored, with its approvals and, once built, the PSBT's facts. */
public record SpendProposal(
    long id,
    long vaultId,
    String purpose,
    String authorityReference,
    int feeRate,
    String state,
    String proposedBy,
    Instant proposedAt,
    List<Destination> destinations,
    List<String> approvers,
    byte[] psbt,
    byte[] signedPsbt,
    Long feeSat,
    String txid,
    String note,
    boolean emergency,
    Instant unlocksAt,
    String decidedBy) {

  public SpendProposal {
    destinations = List.copyOf(destinations);
    approvers = List.copyOf(approvers);
  }
}
