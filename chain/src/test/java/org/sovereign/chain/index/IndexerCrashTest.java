package org.sovereign.chain.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sovereign.chain.regtest.RegtestChain;

/**
 * Kills the indexer process with SIGKILL at random points during ingestion, restarts it, and
 * compares the UTXO set with a clean run: identical in every trial.
 */
class IndexerCrashTest {
  private static final int TRIALS = 20;

  @Test
  void killNineDuringIngestion_shouldLeaveTheSameUtxoSetAsACleanRun() throws Exception {
    RegtestChain chain = CrashScenario.buildChain();
    String cleanUrl = IndexDatabase.freshUrl();
    ChainIndexer clean = CrashScenario.indexer(cleanUrl, chain);
    clean.sync(SyncProgress.NONE);
    List<IndexedOutput> expected = clean.unspentOutputs();
    assertThat(expected).hasSizeGreaterThan(300);

    Random random = new Random(20261129);
    int killedMidway = 0;
    List<Integer> killedAt = new ArrayList<>();
    for (int trial = 0; trial < TRIALS; trial++) {
      String url = IndexDatabase.freshUrl();
      Process child = start(url);
      waitForReady(child);
      Thread.sleep(50 + random.nextInt(900));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      ChainIndexer probe = CrashScenario.indexer(url, chain);
      int height = probe.indexedHeight();
      killedAt.add(height);
      if (height < chain.height()) {
        killedMidway++;
      }
      Process restarted = start(url);
      assertThat(restarted.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(restarted.exitValue()).isZero();
      ChainIndexer after = CrashScenario.indexer(url, chain);
      assertThat(after.indexedHeight()).isEqualTo(chain.height());
      assertThat(after.unspentOutputs())
          .usingRecursiveFieldByFieldElementComparator()
          .isEqualTo(expected);
      assertThat(after.indexedTipHash()).isEqualTo(clean.indexedTipHash());
    }
    System.out.println("indexer heights when killed: " + killedAt);
    assertThat(killedMidway)
        .as("trials killed before the tip; heights " + killedAt)
        .isGreaterThanOrEqualTo(TRIALS * 3 / 4);
  }

  private static Process start(String url) throws Exception {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", classpath, "-Xmx256m", CrashScenario.class.getName(), url)
        .redirectErrorStream(true)
        .start();
  }

  private static void waitForReady(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("ready")) {
        return;
      }
    }
    throw new IllegalStateException("the indexer process ended before it was ready");
  }
}
