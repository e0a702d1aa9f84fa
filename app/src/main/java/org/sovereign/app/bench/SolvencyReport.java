package org.sovereign.app.bench;

import java.io.PrintWriter;
import java.util.List;
import org.sovereign.supervision.solvency.InclusionProof;
import org.sovereign.supervision.solvency.SolvencyFormat;

/** Prints the solvency benchmark's figures beside their goals, anchors and the Summa reference. */
final class SolvencyReport {
  private static final double SUMMA_ACCOUNTS = 1 << 20;
  private static final double SUMMA_SECONDS = 24;
  private static final int SUMMA_PROOF_BYTES = 1_632;

  private final PrintWriter out;
  private final long accounts;
  private final int assets;
  private final int threads;
  private final double load;

  SolvencyReport(PrintWriter out, long accounts, int assets, int threads, double load) {
    this.out = out;
    this.accounts = accounts;
    this.assets = assets;
    this.threads = threads;
    this.load = load;
  }

  void print(
      SolvencyBench.Build build,
      List<InclusionProof> proofs,
      double verifyMicros,
      Anchors.NonceTimes nonces,
      double anchor) {
    long leaves = build.root().leafCount();
    int cores = Runtime.getRuntime().availableProcessors();
    out.printf(
        "solvency tree: %,d accounts, %d asset(s), %d hashing thread(s); %d processors,"
            + " load average %.2f before the run%n",
        accounts, assets, threads, cores, load);
    printBuild(build, leaves, anchor);
    printProofs(proofs, verifyMicros);
    out.printf(
        "%-52s %10.0f ns  (javax.crypto.Mac: %.0f ns, %.2fx)%n",
        "nonce: HMAC-SHA256 from cloned pad states",
        nonces.handRolled(),
        nonces.javaxMac(),
        nonces.javaxMac() / nonces.handRolled());
    out.printf("%-52s %,10.0f /s  (one thread)%n", "anchor: SHA-256 over 72-byte inputs", anchor);
    printSumma(build, proofs);
    out.flush();
  }

  private void printBuild(SolvencyBench.Build build, long leaves, double anchor) {
    double seconds = build.seconds();
    double projected = seconds * SolvencyBench.GOAL_ACCOUNTS / accounts;
    out.printf(
        "%-52s %10.2f s   (goal %,d accounts <= %.0f s: %s)%n",
        String.format("build, padded to 2^%d = %,d leaves", build.root().depth(), leaves),
        seconds,
        SolvencyBench.GOAL_ACCOUNTS,
        SolvencyBench.GOAL_SECONDS,
        accounts == SolvencyBench.GOAL_ACCOUNTS
            ? verdict(seconds <= SolvencyBench.GOAL_SECONDS)
            : String.format("%.1f s projected linearly", projected));
    out.printf(
        "%-52s %,10.0f /s  (%,.0f accounts/s)%n",
        "  leaves hashed (customers and padding)", leaves / seconds, accounts / seconds);
    double cpuPerLeafNanos = build.cpuSeconds() * 1e9 / leaves;
    out.printf(
        "%-52s %10.2f s   (%.2f cores busy; %.0f ns CPU per leaf = %.1f anchor hashes)%n",
        "  CPU time of the process during the build",
        build.cpuSeconds(),
        build.cpuSeconds() / seconds,
        cpuPerLeafNanos,
        cpuPerLeafNanos * anchor / 1e9);
    out.printf(
        "%-52s %10.1f MiB (%,d chunks; InMemoryNodes would hold this on the heap)%n",
        "  nodes a persistent sink stores",
        build.nodes().bytesReceived() / 1048576.0,
        build.nodes().chunksReceived());
  }

  private void printProofs(List<InclusionProof> proofs, double verifyMicros) {
    int largest = proofs.stream().mapToInt(InclusionProof::size).max().orElseThrow();
    int depth = proofs.getFirst().depth();
    int idBytes = largest - proofSize(0, depth);
    int longestId = proofSize(SolvencyFormat.MAX_CUSTOMER_ID_BYTES, depth);
    out.printf(
        "%-52s %,10d B   (a 128-byte id: %,d B; goal <= %,d B at depth 24 with 1 asset: %s)%n",
        String.format("proof size (depth %d, id of %d bytes)", depth, idBytes),
        largest,
        longestId,
        SolvencyBench.GOAL_PROOF_BYTES,
        depth == 24 && assets == 1
            ? verdict(longestId <= SolvencyBench.GOAL_PROOF_BYTES)
            : "not this run's shape");
    out.printf(
        "%-52s %10.1f µs  (goal <= 1 ms: %s)%n",
        String.format(
            "verification (JSON envelope), mean of %,d", SolvencyBench.verifications(proofs)),
        verifyMicros,
        verdict(verifyMicros <= SolvencyBench.GOAL_VERIFY_MICROS));
  }

  private void printSumma(SolvencyBench.Build build, List<InclusionProof> proofs) {
    out.printf(
        "reference (published, not measured here): Summa, 2^20 accounts in 24 s on 32 vCPUs,"
            + " proofs 1,632 bytes%n");
    double ours = accounts / build.seconds();
    double summa = SUMMA_ACCOUNTS / SUMMA_SECONDS;
    out.printf(
        "%-52s %10.1fx accounts/s, %.2fx proof size (Summa also proves ranges in zero knowledge)%n",
        "  this run against Summa",
        ours / summa,
        proofs.getFirst().size() / (double) SUMMA_PROOF_BYTES);
  }

  private int proofSize(int idBytes, int depth) {
    return 16 + idBytes + 32 + 8 * assets + (depth + 1) * SolvencyFormat.nodeSize(assets);
  }

  private static String verdict(boolean met) {
    return met ? "met" : "NOT met";
  }
}
