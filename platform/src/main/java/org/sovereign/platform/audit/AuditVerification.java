package org.sovereign.platform.audit;

import java.util.Optional;

/**
 * The outcome of recomputing the audit chain: how many entries were checked and, when the chain is
 * broken, the first entry that does not follow from the one before it and why.
 */
public record AuditVerification(
    long entriesChecked, long headSeq, String headHash, Optional<BrokenLink> firstBroken) {

  public boolean intact() {
    return firstBroken.isEmpty();
  }

  /** The first entry that fails a check, with the reason. */
  public record BrokenLink(long seq, Reason reason, String explanation) {}

  /** Why a link is broken. */
  public enum Reason {
    SEQUENCE_GAP,
    PREVIOUS_HASH_MISMATCH,
    DIGEST_MISMATCH,
    HASH_MISMATCH,
    HEAD_MISMATCH
  }
}
