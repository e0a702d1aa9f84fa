package org.sovereign.supervision.register;

import java.time.Instant;
import java.time.LocalDate;
import org.sovereign.base.OrgId;

/** A proposed license transition and, once decided, its decision. */
public record Transition(
    long id,
    OrgId orgId,
    LicenseStatus from,
    LicenseStatus to,
    String reason,
    String conditions,
    LocalDate effectiveOn,
    String state,
    String proposedBy,
    Instant proposedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {}
