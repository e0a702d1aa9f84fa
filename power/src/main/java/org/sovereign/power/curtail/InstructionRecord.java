package org.sovereign.power.curtail;

import java.time.Instant;
import org.sovereign.base.OrgId;

/** A stored instruction: what it asks, its signed payload, delivery and compliance. */
public record InstructionRecord(
    String id,
    String curtailmentId,
    OrgId siteId,
    long kw,
    Instant deadline,
    String payload,
    String signature,
    String state,
    int attempts,
    Long baselineKw,
    Long deliveredKw,
    Boolean compliant,
    Long penaltyPaisa) {}
