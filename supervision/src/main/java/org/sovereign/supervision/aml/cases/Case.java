package org.sovereign.supervision.aml.cases;

import java.time.Instant;
import org.sovereign.base.OrgId;

/** A case: the alerts it holds are worked in it until a second person confirms its closing. */
public record Case(
    long id,
    OrgId orgId,
    String title,
    String state,
    String priority,
    String assignee,
    Instant openedAt,
    Instant dueAt,
    String disposition,
    String closingBy,
    String closedBy,
    Instant closedAt) {

  /** Past its SLA and not closed. */
  public boolean overdue(Instant now) {
    return !"CLOSED".equals(state) && now.isAfter(dueAt);
  }
}
