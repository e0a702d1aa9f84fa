package org.sovereign.supervision.assessment;

import org.sovereign.base.OrgId;

/** Something a supervisor must look at: a licensed VASP's solvency or reporting gap. */
public record Alert(OrgId orgId, String vasp, Kind kind, String detail) {

  /** What is wrong. */
  public enum Kind {
    UNDERCOVERED,
    SNAPSHOT_MISSING,
    SNAPSHOT_STALE,
    RESERVE_PROOF_MISSING;

    public String slug() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
