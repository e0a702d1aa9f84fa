package org.sovereign.chain.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.acinq.bitcoin.BlockHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sovereign.base.Hex;
import org.sovereign.base.Network;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;

/** Core-style block files written from the simulator: shuffled, obfuscated, with a stale branch. */
class BlockFileSourceTest {
  private static final byte[] REGTEST_MAGIC = Hex.decode("fabfb5da");

  @Test
  void open_shouldRecoverTheMostWorkChainFromShuffledObfuscatedFiles(@TempDir Path dir)
      throws IOException {
    RegtestChain chain = new RegtestChain();
    RegtestWallet wallet = new RegtestWallet(chain, "files");
    wallet.fund(1);
    for (int i = 0; i < 20; i++) {
      wallet.pay(new RegtestWallet(chain, "x" + i).script(), 50_000);
      chain.mine(1, wallet.script());
    }
    List<byte[]> blocks = new ArrayList<>();
    for (int h = 0; h <= chain.height(); h++) {
      blocks.add(chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow());
    }
    int staleFrom = chain.height() - 4;
    for (int h = staleFrom; h <= chain.height(); h++) {
      blocks.add(chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow());
    }
    chain.reorg(5, 7, wallet.script(), false);
    for (int h = staleFrom; h <= chain.height(); h++) {
      blocks.add(chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow());
    }
    List<byte[]> shuffled = new ArrayList<>(blocks);
    Collections.shuffle(shuffled, new Random(3));
    byte[] key = Hex.decode("0123456789abcdef");
    Files.write(dir.resolve("xor.dat"), key);
    write(dir.resolve("blk00000.dat"), shuffled.subList(0, shuffled.size() / 2), key, 4096);
    write(
        dir.resolve("blk00001.dat"),
        shuffled.subList(shuffled.size() / 2, shuffled.size()),
        key,
        0);

    BlockFileSource source = BlockFileSource.open(dir, Network.REGTEST, f -> {});
    assertThat(source.tipHeight()).isEqualTo(chain.height());
    for (int h = 0; h <= chain.height(); h++) {
      BlockHash expected = chain.hashAt(h).orElseThrow();
      var hash = source.blockHash(h).orElseThrow();
      assertThat(hash.internalBytes()).isEqualTo(expected.value.toByteArray());
      assertThat(source.rawBlock(hash).orElseThrow())
          .isEqualTo(chain.rawBlock(expected).orElseThrow());
    }
  }

  @Test
  void open_shouldRefuseTheWrongNetworkOrAMissingKey(@TempDir Path dir) throws IOException {
    RegtestChain chain = new RegtestChain();
    chain.mine(2, new RegtestWallet(chain, "k").script());
    List<byte[]> blocks = List.of(chain.rawBlock(chain.hashAt(1).orElseThrow()).orElseThrow());
    write(dir.resolve("blk00000.dat"), blocks, Hex.decode("0102030405060708"), 0);
    assertThatThrownBy(() -> BlockFileSource.open(dir, Network.REGTEST, f -> {}))
        .hasMessageContaining("unexpected magic");
    Files.write(dir.resolve("xor.dat"), Hex.decode("0102030405060708"));
    assertThatThrownBy(() -> BlockFileSource.open(dir, Network.MAIN, f -> {}))
        .hasMessageContaining("wrong network");
    assertThat(BlockFileSource.open(dir, Network.REGTEST, f -> {}).blockCount()).isEqualTo(1);
  }

  private static void write(Path file, List<byte[]> blocks, byte[] key, int zeroPadding)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] block : blocks) {
      out.writeBytes(REGTEST_MAGIC);
      int n = block.length;
      out.write(n);
      out.write(n >>> 8);
      out.write(n >>> 16);
      out.write(n >>> 24);
      out.writeBytes(block);
    }
    out.writeBytes(new byte[zeroPadding]);
    byte[] plain = out.toByteArray();
    for (int i = 0; i < plain.length; i++) {
      plain[i] ^= key[i % 8];
    }
    Files.write(file, plain);
  }
}
