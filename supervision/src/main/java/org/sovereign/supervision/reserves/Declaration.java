package org.sovereign.supervision.reserves;

import java.time.Instant;
import java.util.List;
import org.sovereign.base.OrgId;

/** A VASP's reserve declaration for a period: addresses proven by BIP-322 over the challenge. */
public record Declaration(
    long id,
    OrgId orgId,
    String period,
    String message,
    List<DeclaredAddress> addresses,
    List<DeclaredDescriptor> descriptors,
    String declaredBy,
    Instant declaredAt) {

  public Declaration {
    addresses = List.copyOf(addresses);
    descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
  }

  /**
   * An output descriptor (all its branches are watched) with a BIP-322 signature by its first
   * receive address.
   */
  public record DeclaredDescriptor(String descriptor, String signature) {}

  /** One address and the BIP-322 signature that proves control of it. */
  public record DeclaredAddress(String address, String signature) {}
}
