package org.sovereign.supervision.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sovereign.base.OrgId;

/** A VASP as the register holds it. */
public record VaspEntry(
    OrgId orgId,
    String legalName,
    String registrationNumber,
    String lei,
    LicenseCategory category,
    List<String> services,
    String website,
    String conditions,
    LicenseStatus status,
    LocalDate appliedOn,
    LocalDate licensedOn,
    LocalDate statusSince,
    String createdBy,
    Instant createdAt) {

  public VaspEntry {
    services = List.copyOf(services);
  }

  /** Whether the public register lists it: only VASPs that have held a license. */
  public boolean isPublic() {
    return licensedOn != null;
  }
}
