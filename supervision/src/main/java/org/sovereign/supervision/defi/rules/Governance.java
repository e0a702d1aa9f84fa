package org.sovereign.supervision.defi.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.web3j.crypto.Hash;

/**
 * Who holds which AccessControl role and who owns each contract, now and at the baseline (the state
 * once every event at or before the baseline block is applied).
 */
final class Governance {
  static final String MINTER_ROLE = Hash.sha3String("MINTER_ROLE");
  private static final Map<String, String> ROLE_NAMES = new HashMap<>();

  static {
    ROLE_NAMES.put("0x" + "0".repeat(64), "DEFAULT_ADMIN_ROLE");
    for (String name :
        new String[] {
          "MINTER_ROLE", "PAUSER_ROLE", "BURNER_ROLE", "UPGRADER_ROLE", "OPERATOR_ROLE"
        }) {
      ROLE_NAMES.put(Hash.sha3String(name), name);
    }
  }

  private final Map<String, Set<String>> roles = new HashMap<>();
  private final Map<String, Set<String>> baselineRoles = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, String> baselineOwners = new HashMap<>();

  /** A well-known role's name ({@code MINTER_ROLE}), or the role id itself. */
  static String roleName(String role) {
    return ROLE_NAMES.getOrDefault(role, role);
  }

  void role(String contract, String role, String account, boolean granted, boolean inBaseline) {
    apply(roles, contract + role, account, granted);
    if (inBaseline) {
      apply(baselineRoles, contract + role, account, granted);
    }
  }

  void owner(String contract, String owner, boolean inBaseline) {
    owners.put(contract, owner);
    if (inBaseline) {
      baselineOwners.put(contract, owner);
    }
  }

  boolean baselineHolder(String contract, String role, String account) {
    return baselineRoles.getOrDefault(contract + role, Set.of()).contains(account);
  }

  boolean baselineOwner(String contract, String account) {
    return account.equals(baselineOwners.get(contract));
  }

  /** Whether {@code account} could mint {@code token} at the baseline (minter role or owner). */
  boolean baselineMinter(String token, String account) {
    return account != null
        && (baselineHolder(token, MINTER_ROLE, account) || baselineOwner(token, account));
  }

  private static void apply(
      Map<String, Set<String>> holders, String key, String account, boolean granted) {
    if (granted) {
      holders.computeIfAbsent(key, k -> new HashSet<>()).add(account);
    } else {
      Set<String> set = holders.get(key);
      if (set != null) {
        set.remove(account);
      }
    }
  }
}
