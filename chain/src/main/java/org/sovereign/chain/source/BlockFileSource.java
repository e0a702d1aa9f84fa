package org.sovereign.chain.source;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.sovereign.base.BlockHash;
import org.sovereign.base.Network;
import org.sovereign.base.Txid;
import org.sovereign.chain.scan.BlockHeaders;

/**
 * Bitcoin Core's block files ({@code blocks/blk*.dat}) for fast backfill: records framed by the
 * network magic and a little-endian length, obfuscated with the 8-byte key in {@code xor.dat} (Core
 * 28 and later; absent or all zero before), in arrival order rather than height order. The headers
 * are indexed on open and the best chain is the one with the most work.
 */
public final class BlockFileSource implements ChainSource {
  private final List<Path> files;
  private final byte[] xorKey;
  private final Map<BlockHash, Location> locations;
  private final List<BlockHash> bestChain;

  private record Location(int file, long offset, int size) {}

  private record Header(BlockHash hash, BlockHash previous, long bits, Location location) {}

  private BlockFileSource(
      List<Path> files,
      byte[] xorKey,
      Map<BlockHash, Location> locations,
      List<BlockHash> bestChain) {
    this.files = files;
    this.xorKey = xorKey;
    this.locations = locations;
    this.bestChain = bestChain;
  }

  /** Indexes every block header in {@code blocksDir}; {@code progress} is told each file done. */
  public static BlockFileSource open(
      Path blocksDir, Network network, java.util.function.IntConsumer progress) throws IOException {
    List<Path> files = blockFiles(blocksDir);
    if (files.isEmpty()) {
      throw new ChainSourceException("no blk*.dat files in " + blocksDir);
    }
    byte[] key = readXorKey(blocksDir.resolve("xor.dat"));
    Map<BlockHash, Header> headers = new HashMap<>();
    for (int f = 0; f < files.size(); f++) {
      indexFile(files.get(f), f, key, magics(network), headers);
      progress.accept(f + 1);
    }
    Map<BlockHash, Location> locations = new HashMap<>();
    headers.forEach((hash, header) -> locations.put(hash, header.location()));
    return new BlockFileSource(files, key, locations, bestChain(headers));
  }

  static List<Path> blockFiles(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().matches("blk\\d{5}\\.dat"))
          .sorted()
          .toList();
    }
  }

  private static byte[] readXorKey(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new byte[8];
    }
    byte[] key = Files.readAllBytes(file);
    if (key.length != 8) {
      throw new ChainSourceException(
          file + " must hold an 8-byte key, not " + key.length + " bytes");
    }
    return key;
  }

  private static List<byte[]> magics(Network network) {
    return switch (network) {
      case MAIN -> List.of(hex("f9beb4d9"));
      case TEST -> List.of(hex("0b110907"), hex("1c163f28"));
      case SIGNET -> List.of(hex("0a03cf40"));
      case REGTEST -> List.of(hex("fabfb5da"));
    };
  }

  private static byte[] hex(String s) {
    return org.sovereign.base.Hex.decode(s);
  }

  private static void indexFile(
      Path path, int fileIndex, byte[] key, List<byte[]> magics, Map<BlockHash, Header> headers)
      throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      long length = file.length();
      long pos = 0;
      byte[] frame = new byte[8];
      byte[] header = new byte[80];
      while (pos + 8 <= length) {
        read(file, pos, frame, key);
        if (isZero(frame, 4)) {
          return;
        }
        byte[] magic = Arrays.copyOf(frame, 4);
        if (magics.stream().noneMatch(m -> Arrays.equals(m, magic))) {
          throw new ChainSourceException(
              path
                  + ": unexpected magic "
                  + org.sovereign.base.Hex.encode(magic)
                  + " at offset "
                  + pos
                  + " (wrong network or no xor.dat?)");
        }
        long size =
            (frame[4] & 0xffL)
                | (frame[5] & 0xffL) << 8
                | (frame[6] & 0xffL) << 16
                | (frame[7] & 0xffL) << 24;
        if (size < 80 || pos + 8 + size > length) {
          throw new ChainSourceException(
              path
                  + ": block record of "
                  + size
                  + " bytes at offset "
                  + pos
                  + " runs past the end of the file");
        }
        read(file, pos + 8, header, key);
        BlockHash hash = BlockHash.fromInternalBytes(BlockHeaders.hash(header, 0));
        BlockHash previous = BlockHash.fromInternalBytes(BlockHeaders.previousHash(header, 0));
        long bits =
            (header[72] & 0xffL)
                | (header[73] & 0xffL) << 8
                | (header[74] & 0xffL) << 16
                | (header[75] & 0xffL) << 24;
        headers.putIfAbsent(
            hash, new Header(hash, previous, bits, new Location(fileIndex, pos + 8, (int) size)));
        pos += 8 + size;
      }
    }
  }

  private static boolean isZero(byte[] bytes, int n) {
    for (int i = 0; i < n; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static void read(RandomAccessFile file, long position, byte[] into, byte[] key)
      throws IOException {
    file.seek(position);
    file.readFully(into);
    for (int i = 0; i < into.length; i++) {
      into[i] ^= key[(int) ((position + i) % 8)];
    }
  }

  /** The chain with the most cumulative work, as hashes by height (index 0 is the first block). */
  private static List<BlockHash> bestChain(Map<BlockHash, Header> headers) {
    Map<BlockHash, BigInteger> work = new HashMap<>();
    BlockHash tip = null;
    BigInteger tipWork = BigInteger.ZERO;
    for (Header header : headers.values()) {
      BigInteger w = chainWork(header, headers, work);
      if (w.compareTo(tipWork) > 0) {
        tip = header.hash();
        tipWork = w;
      }
    }
    List<BlockHash> chain = new ArrayList<>();
    for (BlockHash h = tip; h != null && headers.containsKey(h); h = headers.get(h).previous()) {
      chain.add(h);
    }
    java.util.Collections.reverse(chain);
    return List.copyOf(chain);
  }

  private static BigInteger chainWork(
      Header start, Map<BlockHash, Header> headers, Map<BlockHash, BigInteger> memo) {
    List<Header> path = new ArrayList<>();
    Header h = start;
    while (h != null && !memo.containsKey(h.hash())) {
      path.add(h);
      h = headers.get(h.previous());
    }
    BigInteger base = h == null ? BigInteger.ZERO : memo.get(h.hash());
    for (int i = path.size() - 1; i >= 0; i--) {
      base = base.add(blockWork(path.get(i).bits()));
      memo.put(path.get(i).hash(), base);
    }
    return memo.get(start.hash());
  }

  static BigInteger blockWork(long bits) {
    int exponent = (int) (bits >>> 24);
    BigInteger mantissa = BigInteger.valueOf(bits & 0x007fffffL);
    BigInteger target =
        exponent <= 3
            ? mantissa.shiftRight(8 * (3 - exponent))
            : mantissa.shiftLeft(8 * (exponent - 3));
    return BigInteger.ONE.shiftLeft(256).divide(target.add(BigInteger.ONE));
  }

  /**
   * Heights count from the first block in the files (the genesis block when the files start there).
   */
  @Override
  public int tipHeight() {
    return bestChain.size() - 1;
  }

  @Override
  public Optional<BlockHash> blockHash(int height) {
    return height < 0 || height >= bestChain.size()
        ? Optional.empty()
        : Optional.of(bestChain.get(height));
  }

  @Override
  public Optional<byte[]> rawBlock(BlockHash hash) {
    Location location = locations.get(hash);
    if (location == null) {
      return Optional.empty();
    }
    try (RandomAccessFile file = new RandomAccessFile(files.get(location.file()).toFile(), "r")) {
      byte[] block = new byte[location.size()];
      read(file, location.offset(), block, xorKey);
      return Optional.of(block);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + files.get(location.file()), e);
    }
  }

  @Override
  public Optional<byte[]> rawTransaction(Txid txid) {
    return Optional.empty();
  }

  @Override
  public Txid broadcast(byte[] rawTransaction) {
    throw new ChainSourceException(
        "block files are read-only: broadcast through a node or Esplora");
  }

  @Override
  public OptionalLong feeRateSatPerVbyte(int targetBlocks) {
    return OptionalLong.empty();
  }

  public int blockCount() {
    return locations.size();
  }
}
