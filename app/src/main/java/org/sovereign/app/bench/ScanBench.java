package org.sovereign.app.bench;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.Transaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.sovereign.chain.scan.BlockScanner;
import org.sovereign.chain.scan.ScanResult;
import org.sovereign.chain.scan.WatchSet;

/**
 * The block-scan benchmark: every contender over the same real blocks on one thread, reported in
 * MB/s and as a ratio to plain SHA-256 over the same bytes in 200-byte pieces (the hashing limit
 * for computing txids).
 */
public final class ScanBench {
  private final List<byte[]> blocks;
  private final long totalBytes;

  public ScanBench(List<byte[]> blocks) {
    this.blocks = List.copyOf(blocks);
    this.totalBytes = blocks.stream().mapToLong(b -> b.length).sum();
  }

  public static List<byte[]> readBlocks(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<byte[]> blocks = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".dat")).sorted().toList()) {
        blocks.add(Files.readAllBytes(file));
      }
      if (blocks.isEmpty()) {
        throw new IllegalArgumentException("no .dat block files in " + dir);
      }
      return blocks;
    }
  }

  /** One measured line. */
  public record Figure(String name, double megabytesPerSecond) {}

  public List<BlockContender> contenders(int watched) {
    List<BlockContender> all = new ArrayList<>();
    all.add(sha256Pieces());
    all.add(scanner("scanner: txids", new WatchSet(16)));
    all.add(
        scanner(
            "scanner: txids + " + String.format("%,d", watched) + " watched scripts",
            watchSet(watched)));
    all.add(bitcoinKmp());
    ServiceLoader.load(BlockContender.class).forEach(all::add);
    return all;
  }

  public List<Figure> run(List<BlockContender> contenders, double seconds) {
    List<Figure> figures = new ArrayList<>();
    for (BlockContender contender : contenders) {
      measure(contender, Math.min(1.0, seconds / 2));
      double best = 0;
      for (int round = 0; round < 3; round++) {
        best = Math.max(best, measure(contender, seconds / 3));
      }
      figures.add(new Figure(contender.name(), best));
    }
    return figures;
  }

  public void print(PrintWriter out, List<Figure> figures) {
    double anchor = figures.getFirst().megabytesPerSecond();
    out.printf("%d blocks, %,d bytes, one thread%n", blocks.size(), totalBytes);
    for (Figure figure : figures) {
      out.printf(
          "%-52s %9.1f MB/s  %5.2f x SHA-256%n",
          figure.name(), figure.megabytesPerSecond(), figure.megabytesPerSecond() / anchor);
    }
    out.flush();
  }

  private double measure(BlockContender contender, double seconds) {
    long sink = 0;
    long bytes = 0;
    long start = System.nanoTime();
    long deadline = start + (long) (seconds * 1e9);
    while (System.nanoTime() < deadline) {
      for (byte[] block : blocks) {
        sink += contender.process(block);
      }
      bytes += totalBytes;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (sink == 42) {
      System.out.print("");
    }
    return bytes / elapsed / 1e6;
  }

  private static BlockContender sha256Pieces() {
    MessageDigest sha = sha256();
    byte[] out = new byte[32];
    return new Named(
        "anchor: SHA-256 over the bytes in 200-byte pieces",
        block -> {
          long acc = 0;
          try {
            for (int off = 0; off < block.length; off += 200) {
              sha.update(block, off, Math.min(200, block.length - off));
              sha.digest(out, 0, 32);
              acc += out[0];
            }
          } catch (DigestException e) {
            throw new IllegalStateException(e);
          }
          return acc;
        });
  }

  private static BlockContender scanner(String name, WatchSet scripts) {
    BlockScanner scanner = new BlockScanner(scripts, new WatchSet(16));
    return new Named(
        name,
        block -> {
          ScanResult result = scanner.scan(block);
          return result.txCount() + result.outputMatches();
        });
  }

  private WatchSet watchSet(int size) {
    WatchSet set = new WatchSet(size);
    Random random = new Random(1);
    byte[] script = new byte[22];
    script[1] = 20;
    for (int i = 0; i < size; i++) {
      random.nextBytes(script);
      script[0] = 0;
      script[1] = 20;
      set.add(script);
    }
    return set;
  }

  private static BlockContender bitcoinKmp() {
    return new Named(
        "bitcoin-kmp 0.30.0: parse + txids",
        block -> {
          long acc = 0;
          for (Transaction tx : Block.read(block).tx) {
            acc += tx.txid.hashCode();
          }
          return acc;
        });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Named(String name, java.util.function.ToLongFunction<byte[]> work)
      implements BlockContender {
    @Override
    public long process(byte[] block) {
      return work.applyAsLong(block);
    }
  }
}
