package org.sovereign.supervision.reserves;

import java.util.List;

/**
 * Body of a reserve declaration: the period, each address with its BIP-322 signature, and each
 * descriptor with a BIP-322 signature by its first receive address.
 */
public record DeclarationRequest(
    String period,
    List<Declaration.DeclaredAddress> addresses,
    List<Declaration.DeclaredDescriptor> descriptors) {

  public DeclarationRequest(String period, List<Declaration.DeclaredAddress> addresses) {
    this(period, addresses, List.of());
  }
}
