package org.sovereign.platform.accounts;

import java.time.Instant;
import org.sovereign.base.OrgId;

/** An outside organisation (a VASP or a power site) with the contact the platform reaches it by. */
public record Organisation(
    OrgId id,
    OrganisationKind kind,
    String name,
    Contact contact,
    Instant createdAt,
    Instant updatedAt) {

  /** Who the platform contacts at the organisation; every field may be absent. */
  public record Contact(String name, String email, String phone) {
    public static final Contact NONE = new Contact(null, null, null);
  }
}
