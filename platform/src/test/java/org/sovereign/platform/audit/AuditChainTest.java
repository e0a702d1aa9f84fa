package org.sovereign.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sovereign.platform.audit.AuditVerification.Reason;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.testing.MutableClock;
import org.sovereign.platform.testing.PlatformFixture;

class AuditChainTest {
  private PlatformFixture fixture;
  private Tx tx;
  private AuditLog audit;

  @BeforeEach
  void start() {
    fixture = PlatformFixture.start(MutableClock.startingNow());
    tx = fixture.services().tx();
    audit = fixture.services().audit();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private void appendEntries(int count) {
    for (int i = 1; i <= count; i++) {
      int n = i;
      tx.useTransaction(
          h ->
              audit.append(
                  h,
                  Actor.SYSTEM,
                  "test.action",
                  "thing:" + n,
                  Map.of("n", n, "name", "ünïcødé " + n)));
    }
  }

  private AuditVerification verify() {
    return tx.read(h -> AuditVerifier.verify(h, n -> {}));
  }

  private void sql(String statement) {
    tx.useTransaction(h -> h.execute(statement));
  }

  @Test
  void verify_shouldAcceptAnUntouchedChainAndReportItsHead() {
    appendEntries(25);
    AuditVerification result = verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(25);
    assertThat(result.headSeq()).isEqualTo(25);
    AuditEntry last = tx.read(h -> AuditLog.newest(h, 1)).getFirst();
    assertThat(result.headHash()).isEqualTo(last.hashHex());
  }

  @Test
  void append_shouldLinkEachEntryToThePreviousHash() {
    appendEntries(3);
    List<AuditEntry> entries = tx.read(h -> AuditLog.newest(h, 3));
    assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(2).hash());
    assertThat(entries.get(2).prevHash()).isEqualTo(AuditHashes.GENESIS);
  }

  @Test
  void verify_shouldReportAnEditedDetailAtThatEntry() {
    appendEntries(10);
    sql("UPDATE audit_log SET detail = '{\"n\":999}' WHERE seq = 4");
    AuditVerification result = verify();
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBroken().orElseThrow().seq()).isEqualTo(4);
    assertThat(result.firstBroken().orElseThrow().reason()).isEqualTo(Reason.DIGEST_MISMATCH);
    assertThat(result.entriesChecked()).isEqualTo(3);
  }

  @Test
  void verify_shouldReportAnEditedActionEvenWhenTheDigestIsKept() {
    appendEntries(10);
    sql("UPDATE audit_log SET actor = 'user:1:mallory' WHERE seq = 7");
    assertThat(verify().firstBroken().orElseThrow())
        .extracting(AuditVerification.BrokenLink::seq, AuditVerification.BrokenLink::reason)
        .containsExactly(7L, Reason.HASH_MISMATCH);
  }

  @Test
  void verify_shouldReportAnEntryRecomputedWithoutItsSuccessors() {
    appendEntries(10);
    // A forger recomputes entry 5's digest and hash, but entry 6 still points at the old hash.
    AuditEntry five =
        tx.read(
            h ->
                h.createQuery("SELECT * FROM audit_log WHERE seq = 5").map(AuditRows::entry).one());
    String forged = "{\"n\":5,\"name\":\"forged\"}";
    byte[] digest = AuditHashes.digest(forged);
    byte[] hash =
        AuditHashes.link(
            five.prevHash(), 5, five.at(), five.actor(), five.action(), five.object(), digest);
    tx.useTransaction(
        h ->
            h.createUpdate("UPDATE audit_log SET detail = :d, digest = :g, hash = :h WHERE seq = 5")
                .bind("d", forged)
                .bind("g", digest)
                .bind("h", hash)
                .execute());
    assertThat(verify().firstBroken().orElseThrow())
        .extracting(AuditVerification.BrokenLink::seq, AuditVerification.BrokenLink::reason)
        .containsExactly(6L, Reason.PREVIOUS_HASH_MISMATCH);
  }

  @Test
  void verify_shouldReportADeletedEntryAsAGap() {
    appendEntries(10);
    sql("DELETE FROM audit_log WHERE seq = 3");
    assertThat(verify().firstBroken().orElseThrow())
        .extracting(AuditVerification.BrokenLink::seq, AuditVerification.BrokenLink::reason)
        .containsExactly(4L, Reason.SEQUENCE_GAP);
  }

  @Test
  void verify_shouldReportTruncatedNewestEntriesAgainstTheHead() {
    appendEntries(10);
    sql("DELETE FROM audit_log WHERE seq > 8");
    assertThat(verify().firstBroken().orElseThrow().reason()).isEqualTo(Reason.HEAD_MISMATCH);
  }

  @Test
  void append_shouldRollBackWithTheTransactionThatFailed() {
    appendEntries(2);
    assertThatThrownBy(
            () ->
                tx.useTransaction(
                    h -> {
                      audit.append(h, Actor.SYSTEM, "test.doomed", "thing:x", Map.of());
                      throw new IllegalStateException("the change failed after auditing");
                    }))
        .hasMessageContaining("failed after auditing");
    assertThat(tx.read(AuditLog::head).seq()).isEqualTo(2);
    assertThat(verify().intact()).isTrue();
  }

  @Test
  void append_shouldKeepTheChainWhenManyThreadsWriteAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> appendEntries(25)));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    AuditVerification result = verify();
    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(200);
  }

  @Test
  void canonicalTime_shouldAlwaysShowSixFractionDigits() {
    assertThat(AuditHashes.canonicalTime(java.time.Instant.parse("2026-01-02T03:04:05Z")))
        .isEqualTo("2026-01-02T03:04:05.000000Z");
    assertThat(AuditHashes.canonicalTime(java.time.Instant.parse("2026-01-02T03:04:05.123456789Z")))
        .isEqualTo("2026-01-02T03:04:05.123456Z");
  }
}
