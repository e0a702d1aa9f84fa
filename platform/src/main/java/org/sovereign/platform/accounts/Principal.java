package org.sovereign.platform.accounts;

import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;

/** Who is making a request: a signed-in console user or a machine client holding a token. */
public sealed interface Principal {
  Actor actor();

  /** A console user with a live session. */
  record UserPrincipal(User user, Sessions.Session session) implements Principal {
    @Override
    public Actor actor() {
      return user.actor();
    }
  }

  /** A machine client authenticated by its API token. */
  record ClientPrincipal(ApiToken token) implements Principal {
    @Override
    public Actor actor() {
      return Actor.client(
          token.id(), token.kind().name(), token.orgId() == null ? null : token.orgId().value());
    }

    public ClientKind kind() {
      return token.kind();
    }

    public OrgId orgId() {
      return token.orgId();
    }
  }
}
