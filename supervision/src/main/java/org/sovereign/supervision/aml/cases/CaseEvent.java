package org.sovereign.supervision.aml.cases;

import java.time.Instant;

/** Something done in a case: a comment, an assignment, evidence, an escalation, a decision. */
public record CaseEvent(
    long id,
    Instant at,
    String actor,
    String kind,
    String text,
    String fileName,
    String fileType) {}
