package org.sovereign.supervision.defi.declare;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sovereign.base.OrgId;

/**
 * A DeFi platform as declared on one chain: following starts at {@code startBlock}; events at or
 * before {@code baselineBlock} form its baseline (roles granted at deployment, the first price).
 */
public record Platform(
    OrgId orgId,
    long chainId,
    int version,
    long startBlock,
    long baselineBlock,
    List<DeclaredContract> contracts,
    List<Admin> admins,
    String declaredBy,
    Instant declaredAt) {

  public Platform {
    contracts = List.copyOf(contracts);
    admins = List.copyOf(admins);
  }

  public Optional<DeclaredContract> contract(String address) {
    return contracts.stream().filter(c -> c.address().equals(address)).findFirst();
  }

  public <T extends DeclaredContract> List<T> contracts(Class<T> type) {
    return contracts.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public boolean isAdmin(String address) {
    return admins.stream().anyMatch(a -> a.address().equals(address));
  }
}
