package org.sovereign.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sovereign.app.bench.BlockContender;
import org.sovereign.app.bench.ScanBench;

/**
 * JMH version of {@code sovereign bench scan}: one invocation processes all fixture blocks (3.85
 * MB), so MB/s = 3.85 / (seconds per op). Run with {@code -p blocks=<dir>} when the shared fixtures
 * are not beside the checkout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScanBenchmark {
  @Param({"../shared/fixtures/bitcoin/blocks"})
  public String blocks;

  private List<byte[]> data;
  private List<BlockContender> contenders;

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(blocks);
    if (!Files.isDirectory(dir)) {
      dir = Path.of("../" + blocks);
    }
    data = ScanBench.readBlocks(dir);
    contenders = new ScanBench(data).contenders(1_000_000);
  }

  private long run(int contender) {
    long acc = 0;
    BlockContender c = contenders.get(contender);
    for (byte[] block : data) {
      acc += c.process(block);
    }
    return acc;
  }

  @Benchmark
  public long a_sha256In200BytePieces() {
    return run(0);
  }

  @Benchmark
  public long b_scannerTxids() {
    return run(1);
  }

  @Benchmark
  public long c_scannerMillionWatched() {
    return run(2);
  }

  @Benchmark
  public long d_bitcoinKmp() {
    return run(3);
  }

  @Benchmark
  public long e_bitcoinj() {
    return run(4);
  }
}
