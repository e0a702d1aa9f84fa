package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.sovereign.supervision.solvency.Amounts;
import org.sovereign.supervision.solvency.InclusionProof;
import org.sovereign.supervision.solvency.InclusionProofs;
import org.sovereign.supervision.solvency.ProofVerifier;
import org.sovereign.supervision.solvency.SnapshotSecret;
import org.sovereign.supervision.solvency.SolvencyRoot;
import org.sovereign.supervision.solvency.SolvencyTreeBuilder;

/**
 * The proof-of-solvency benchmark: a tree over synthetic customers built through the streaming
 * builder (only the chunks that prove a few sampled customers are kept), the proofs' size, their
 * verification time, and the anchors measured in the same run.
 */
public final class SolvencyBench {
  static final long GOAL_ACCOUNTS = 10_000_000;
  static final double GOAL_SECONDS = 15;
  static final int GOAL_PROOF_BYTES = 1_500;
  static final double GOAL_VERIFY_MICROS = 1_000;
  private static final int SAMPLES = 16;
  private static final int VERIFY_ROUNDS = 200;

  /** What one build measured. */
  record Build(
      SolvencyRoot root,
      PathNodes nodes,
      SnapshotSecret secret,
      long[] sampled,
      double seconds,
      double cpuSeconds) {}

  private SolvencyBench() {}

  public static void run(
      PrintWriter out, long accounts, int assets, int threads, LongConsumer progress) {
    if (accounts < 1 || assets < 1 || assets > 16 || threads < 1) {
      throw new IllegalArgumentException(
          "need at least 1 account, 1..16 assets and at least 1 thread");
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Build build = build(accounts, assets, threads, progress);
    double anchor = Anchors.sha256HashesPerSecond(72);
    List<InclusionProof> proofs = prove(build, assets);
    double verifyMicros = verifyMicros(proofs, build.root());
    Anchors.NonceTimes nonces = Anchors.nonceTimes(build.secret());
    new SolvencyReport(out, accounts, assets, threads, load)
        .print(build, proofs, verifyMicros, nonces, anchor);
  }

  static Build build(long accounts, int assets, int threads, LongConsumer progress) {
    long[] sampled = new long[SAMPLES];
    for (int s = 0; s < SAMPLES; s++) {
      sampled[s] = (accounts - 1) * s / (SAMPLES - 1);
    }
    PathNodes nodes = new PathNodes(sampled);
    SnapshotSecret secret = SnapshotSecret.generate(new SecureRandom());
    List<String> codes =
        List.of(
                "BTC", "USDT", "ETH", "USDC", "SOL", "XRP", "BNB", "DOGE", "TRX", "ADA", "TON",
                "LTC", "DOT", "LINK", "AVAX", "BCH")
            .subList(0, assets);
    long cpuStart = Anchors.processCpuNanos();
    long start = System.nanoTime();
    SolvencyRoot root;
    try (SolvencyTreeBuilder builder = SolvencyTreeBuilder.start(secret, codes, nodes, threads)) {
      long[] balances = new long[assets];
      for (long i = 0; i < accounts; i++) {
        builder.add(SyntheticLiabilities.id(i), SyntheticLiabilities.balances(i, balances));
        if ((i & 0xffff) == 0) {
          progress.accept(i);
        }
      }
      root = builder.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (Anchors.processCpuNanos() - cpuStart) / 1e9;
    progress.accept(accounts);
    return new Build(root, nodes, secret, sampled, seconds, cpu);
  }

  static List<InclusionProof> prove(Build build, int assets) {
    List<InclusionProof> proofs = new ArrayList<>();
    long[] balances = new long[assets];
    for (long leaf : build.sampled()) {
      proofs.add(
          InclusionProofs.prove(
              build.nodes(),
              build.root(),
              build.secret(),
              leaf,
              SyntheticLiabilities.id(leaf),
              Amounts.of(SyntheticLiabilities.balances(leaf, balances))));
    }
    return proofs;
  }

  /** Average microseconds to verify one proof from its JSON envelope, after a warm-up. */
  static double verifyMicros(List<InclusionProof> proofs, SolvencyRoot root) {
    List<String> envelopes = proofs.stream().map(p -> p.toEnvelope(root.assets())).toList();
    String expected = root.hashHex();
    for (String envelope : envelopes) {
      for (int i = 0; i < VERIFY_ROUNDS; i++) {
        if (!ProofVerifier.verify(envelope, expected).valid()) {
          throw new IllegalStateException("a sampled proof does not verify");
        }
      }
    }
    long start = System.nanoTime();
    int valid = 0;
    for (int i = 0; i < VERIFY_ROUNDS; i++) {
      for (String envelope : envelopes) {
        valid += ProofVerifier.verify(envelope, expected).valid() ? 1 : 0;
      }
    }
    return (System.nanoTime() - start) / 1e3 / valid;
  }

  static int verifications(List<InclusionProof> proofs) {
    return proofs.size() * VERIFY_ROUNDS;
  }
}
