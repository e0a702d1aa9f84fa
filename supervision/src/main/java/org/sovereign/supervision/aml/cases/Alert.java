package org.sovereign.supervision.aml.cases;

import java.time.Instant;
import org.sovereign.base.OrgId;

/**
 * An alert: what raised it ({@code source}: rules, screening, solvency, defi), its typology and
 * score, and the facts as JSON (which rules fired on which facts).
 */
public record Alert(
    long id,
    OrgId orgId,
    String source,
    String typology,
    String title,
    int score,
    String factsJson,
    Long transferId,
    Long caseId,
    Instant raisedAt) {}
