package org.sovereign.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sovereign.base.Hex;
import org.sovereign.chain.regtest.RegtestChain;

/** Writes a simulator's best chain as a Bitcoin Core blk00000.dat (regtest magic, no xor). */
public final class TestBlockFiles {
  private TestBlockFiles() {}

  public static void write(RegtestChain chain, Path dir) throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (int h = 0; h <= chain.height(); h++) {
      byte[] block = chain.rawBlock(chain.hashAt(h).orElseThrow()).orElseThrow();
      file.writeBytes(Hex.decode("fabfb5da"));
      for (int i = 0; i < 4; i++) {
        file.write(block.length >>> (8 * i));
      }
      file.writeBytes(block);
    }
    Files.write(dir.resolve("blk00000.dat"), file.toByteArray());
  }
}
