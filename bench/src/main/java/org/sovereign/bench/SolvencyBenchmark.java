package org.sovereign.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.app.bench.PathNodes;
import org.sovereign.app.bench.SyntheticLiabilities;
import org.sovereign.supervision.solvency.Amounts;
import org.sovereign.supervision.solvency.CustomerNonces;
import org.sovereign.supervision.solvency.InclusionProofs;
import org.sovereign.supervision.solvency.NodeSink;
import org.sovereign.supervision.solvency.ProofVerifier;
import org.sovereign.supervision.solvency.SnapshotSecret;
import org.sovereign.supervision.solvency.SolvencyRoot;
import org.sovereign.supervision.solvency.SolvencyTreeBuilder;
import org.sovereign.supervision.solvency.Verification;

/**
 * Proof of solvency: building the tree, per leaf (2^16 customers, no padding, on one and on two
 * hashing threads); verifying one depth-24 proof (a tree of 2^23 + 1 customers, built once); the
 * customer nonce two ways; and the anchor, SHA-256 over 72 bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SolvencyBenchmark {
  private static final int LEAVES = 1 << 16;
  private static final NodeSink DISCARD = (level, chunk, nodes) -> {};
  private static final SnapshotSecret SECRET = SnapshotSecret.of(new byte[32]);

  /** A tree of 2^16 customers (no padding) on one or two hashing threads. */
  @State(Scope.Thread)
  public static class Build {
    @Param({"1", "3"})
    public int assets;

    @Param({"1", "2"})
    public int threads;
  }

  /** One proof of a depth-24 tree (2^23 + 1 customers, built once per trial). */
  @State(Scope.Thread)
  public static class Proof {
    @Param({"1", "3"})
    public int assets;

    String envelope;
    String root;

    @Setup
    public void setUp() {
      List<String> codes = codes(assets);
      long customers = (1L << 23) + 1;
      long leaf = customers - 1;
      PathNodes nodes = new PathNodes(leaf);
      SolvencyRoot built;
      try (SolvencyTreeBuilder builder = SolvencyTreeBuilder.start(SECRET, codes, nodes)) {
        long[] balances = new long[assets];
        for (long i = 0; i < customers; i++) {
          builder.add(SyntheticLiabilities.id(i), SyntheticLiabilities.balances(i, balances));
        }
        built = builder.finish();
      }
      long[] balances = SyntheticLiabilities.balances(leaf, new long[assets]);
      envelope =
          InclusionProofs.prove(
                  nodes, built, SECRET, leaf, SyntheticLiabilities.id(leaf), Amounts.of(balances))
              .toEnvelope(codes);
      root = built.hashHex();
    }
  }

  /** The customer nonce two ways, and the SHA-256 anchor. */
  @State(Scope.Thread)
  public static class Hashing {
    CustomerNonces nonces;
    Mac mac;
    MessageDigest sha;
    byte[] seventyTwo = new byte[72];
    int counter;

    @Setup
    public void setUp() throws Exception {
      nonces = new CustomerNonces(SECRET);
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.bytes(), "HmacSHA256"));
      sha = MessageDigest.getInstance("SHA-256");
    }
  }

  @Benchmark
  @OperationsPerInvocation(LEAVES)
  public SolvencyRoot buildPerLeaf(Build state) {
    try (SolvencyTreeBuilder builder =
        SolvencyTreeBuilder.start(SECRET, codes(state.assets), DISCARD, state.threads)) {
      long[] balances = new long[state.assets];
      for (int i = 0; i < LEAVES; i++) {
        builder.add(SyntheticLiabilities.id(i), SyntheticLiabilities.balances(i, balances));
      }
      return builder.finish();
    }
  }

  @Benchmark
  public Verification verifyDepth24Proof(Proof state) {
    return ProofVerifier.verify(state.envelope, state.root);
  }

  @Benchmark
  public byte[] nonceFromClonedPadStates(Hashing state) {
    return state.nonces.nonce(SyntheticLiabilities.id(state.counter++ & 0xfffff));
  }

  @Benchmark
  public byte[] nonceJavaxMac(Hashing state) {
    return state.mac.doFinal(
        SyntheticLiabilities.id(state.counter++ & 0xfffff).getBytes(StandardCharsets.UTF_8));
  }

  @Benchmark
  public byte[] anchorSha256Over72Bytes(Hashing state) {
    state.seventyTwo[0] = (byte) state.counter++;
    return state.sha.digest(state.seventyTwo);
  }

  private static List<String> codes(int assets) {
    return List.of("BTC", "USDT", "ETH").subList(0, assets);
  }
}
