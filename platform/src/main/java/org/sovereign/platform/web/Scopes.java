package org.sovereign.platform.web;

import org.sovereign.base.OrgId;
import org.sovereign.platform.accounts.Organisations;
import org.sovereign.platform.accounts.Principal;

/**
 * Organisation scoping: a machine client reaches only its own organisation. Another organisation's
 * data is answered as not found, so a token cannot even learn that it exists.
 */
public final class Scopes {
  private Scopes() {}

  public static void requireOrganisation(Principal principal, OrgId orgId) {
    if (principal instanceof Principal.ClientPrincipal client && !orgId.equals(client.orgId())) {
      throw Organisations.notFound(orgId);
    }
  }
}
