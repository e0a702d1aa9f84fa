package org.sovereign.platform.audit;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.sovereign.base.Hex;
import org.sovereign.platform.audit.AuditVerification.BrokenLink;
import org.sovereign.platform.audit.AuditVerification.Reason;

/** Recomputes the whole chain from the first entry and reports the first broken link. */
public final class AuditVerifier {
  private static final int FETCH_SIZE = 2_000;

  private AuditVerifier() {}

  public static AuditVerification verify(Handle handle, LongConsumer progress) {
    AuditLog.Head head = AuditLog.head(handle);
    Walker walker = new Walker(progress);
    handle.useTransaction(
        tx -> {
          try (var rows =
              tx
                  .createQuery("SELECT * FROM audit_log ORDER BY seq")
                  .setFetchSize(FETCH_SIZE)
                  .map(AuditRows::entry)
                  .stream()) {
            rows.takeWhile(entry -> walker.accept(entry)).forEach(entry -> {});
          }
        });
    Optional<BrokenLink> broken = walker.broken;
    if (broken.isEmpty()
        && (walker.lastSeq != head.seq() || !equal(walker.lastHash, head.hash()))) {
      broken =
          Optional.of(
              new BrokenLink(
                  head.seq(),
                  Reason.HEAD_MISMATCH,
                  "the chain ends at entry "
                      + walker.lastSeq
                      + " but the recorded head is entry "
                      + head.seq()
                      + " (entries were removed or the head was edited)"));
    }
    return new AuditVerification(walker.checked, head.seq(), head.hashHex(), broken);
  }

  private static boolean equal(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private static final class Walker {
    private final LongConsumer progress;
    private long checked;
    private long lastSeq;
    private byte[] lastHash = AuditHashes.GENESIS;
    private Optional<BrokenLink> broken = Optional.empty();

    Walker(LongConsumer progress) {
      this.progress = progress;
    }

    /** Checks one entry; returns false once the chain is found broken. */
    boolean accept(AuditEntry entry) {
      Optional<BrokenLink> problem = check(entry);
      if (problem.isPresent()) {
        broken = problem;
        return false;
      }
      checked++;
      lastSeq = entry.seq();
      lastHash = entry.hash();
      if (checked % 10_000 == 0) {
        progress.accept(checked);
      }
      return true;
    }

    private Optional<BrokenLink> check(AuditEntry e) {
      if (e.seq() != lastSeq + 1) {
        return broken(e, Reason.SEQUENCE_GAP, "expected entry " + (lastSeq + 1));
      }
      if (!equal(e.prevHash(), lastHash)) {
        return broken(
            e,
            Reason.PREVIOUS_HASH_MISMATCH,
            "its previous hash is "
                + Hex.encode(e.prevHash())
                + " but entry "
                + lastSeq
                + " hashes to "
                + Hex.encode(lastHash));
      }
      if (!equal(AuditHashes.digest(e.detail()), e.digest())) {
        return broken(e, Reason.DIGEST_MISMATCH, "its detail does not match its digest");
      }
      byte[] expected =
          AuditHashes.link(
              e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.object(), e.digest());
      if (!equal(expected, e.hash())) {
        return broken(
            e,
            Reason.HASH_MISMATCH,
            "its fields hash to " + Hex.encode(expected) + ", not the stored " + e.hashHex());
      }
      return Optional.empty();
    }

    private static Optional<BrokenLink> broken(AuditEntry e, Reason reason, String why) {
      return Optional.of(new BrokenLink(e.seq(), reason, "entry " + e.seq() + ": " + why));
    }
  }
}
