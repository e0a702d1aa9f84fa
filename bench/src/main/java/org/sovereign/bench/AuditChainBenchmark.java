package org.sovereign.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.platform.audit.AuditHashes;

/**
 * Recomputing one audit-chain link against the anchor: one SHA-256 over the same number of bytes.
 * Verification of the whole chain is this loop plus reading rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AuditChainBenchmark {
  private byte[] prev;
  private byte[] digest;
  private Instant at;
  private byte[] sameBytes;
  private MessageDigest sha;

  @Setup
  public void setUp() throws Exception {
    prev = new byte[32];
    digest = AuditHashes.digest("{\"name\":\"Indus Digital Exchange Ltd\",\"kind\":\"VASP\"}");
    at = Instant.parse("2026-11-29T10:15:30.123456Z");
    int length = 32 + 8 + 4 + 27 + 4 + 18 + 4 + 20 + 4 + 15 + 32;
    sameBytes = "x".repeat(length).getBytes(StandardCharsets.UTF_8);
    sha = MessageDigest.getInstance("SHA-256");
  }

  @Benchmark
  public byte[] auditLink() {
    return AuditHashes.link(
        prev, 42, at, "user:17:treasurer", "organisation.created", "organisation:12", digest);
  }

  @Benchmark
  public byte[] anchorSha256SameBytes() {
    return sha.digest(sameBytes);
  }
}
