package org.sovereign.supervision.aml.cases;

import org.sovereign.base.OrgId;

/** An alert to raise: where from, which typology, its score and facts (JSON). */
public record AlertDraft(
    OrgId orgId,
    String source,
    String typology,
    String title,
    int score,
    String factsJson,
    Long transferId) {}
