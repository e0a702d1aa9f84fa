package org.sovereign.platform.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sovereign.platform.accounts.ClientKind;
import org.sovereign.platform.accounts.Principal;
import org.sovereign.platform.accounts.Role;

/**
 * Who may call a route: anyone, any signed-in user, users holding one of some roles, and/or machine
 * clients of some kinds. Organisation scoping of clients is checked by the handler, which knows
 * which organisation a request is about.
 */
public record Access(
    boolean open, boolean anySignedInUser, Set<Role> roles, Set<ClientKind> clients) {

  public Access {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    clients = clients.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clients));
  }

  public static Access publicAccess() {
    return new Access(true, false, Set.of(), Set.of());
  }

  public static Access anyUser() {
    return new Access(false, true, Set.of(), Set.of());
  }

  public static Access roles(Role... roles) {
    return new Access(false, false, Set.of(roles), Set.of());
  }

  public Access orClients(ClientKind... kinds) {
    return new Access(open, anySignedInUser, roles, Set.of(kinds));
  }

  public static Access clients(ClientKind... kinds) {
    return new Access(false, false, Set.of(), Set.of(kinds));
  }

  public boolean allows(Principal principal) {
    if (open) {
      return true;
    }
    return switch (principal) {
      case null -> false;
      case Principal.UserPrincipal user ->
          anySignedInUser || user.user().roles().stream().anyMatch(roles::contains);
      case Principal.ClientPrincipal client -> clients.contains(client.kind());
    };
  }

  public boolean allowsUsers() {
    return open || anySignedInUser || !roles.isEmpty();
  }

  /** A short human description, as the OpenAPI document and the route table show it. */
  public String describe() {
    if (open) {
      return "public";
    }
    String users =
        anySignedInUser
            ? "any user"
            : roles.stream().map(Role::slug).sorted().collect(Collectors.joining(", "));
    String machines =
        clients.stream().map(ClientKind::slug).sorted().collect(Collectors.joining(", "));
    return users.isEmpty() ? machines : machines.isEmpty() ? users : users + "; " + machines;
  }
}
