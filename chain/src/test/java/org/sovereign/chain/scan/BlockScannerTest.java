package org.sovereign.chain.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.acinq.bitcoin.Block;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxOut;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sovereign.base.Hex;
import org.sovereign.chain.Fixtures;

/** The scanner against bitcoin-kmp's parser on every real mainnet block in the fixtures. */
class BlockScannerTest {

  static Stream<Path> blocks() throws IOException {
    Path dir = Fixtures.shared("bitcoin/blocks");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".dat")).sorted().toList();
      assertThat(all).hasSize(8);
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("blocks")
  void scan_shouldComputeTheSameTxidsAsBitcoinKmpAndTheHeadersMerkleRoot(Path file)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Block reference = Block.read(bytes);
    BlockInspection inspection = BlockInspection.of(bytes);

    List<String> expected = reference.tx.stream().map(tx -> tx.txid.toString()).toList();
    assertThat(inspection.txids()).isEqualTo(expected);
    assertThat(inspection.merkleOk()).isTrue();
    assertThat(inspection.blockHash()).isEqualTo(reference.blockId.toString());
    assertThat(inspection.txCount()).isEqualTo(reference.tx.size());
    long total = 0;
    int segwit = 0;
    for (Transaction tx : reference.tx) {
      for (TxOut out : tx.txOut) {
        total += out.amount.toLong();
      }
      segwit += tx.getHasWitness() ? 1 : 0;
    }
    assertThat(inspection.totalOutputValueSat()).isEqualTo(total);
    assertThat(inspection.segwitTxCount()).isEqualTo(segwit);
  }

  @Test
  void wtxid_shouldHashTheWitnessSerializationOfSegwitTransactions() throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.shared("bitcoin/blocks/block481829.dat"));
    Block reference = Block.read(bytes);
    ScanResult result = BlockScanner.txidsOnly().scan(bytes, 0, bytes.length, true);
    Transaction coinbase = reference.tx.getFirst();
    assertThat(coinbase.getHasWitness()).isTrue();
    byte[] full = Transaction.write(coinbase);
    assertThat(result.wtxid(0)).isEqualTo(doubleSha(full)).isNotEqualTo(result.txid(0));
    assertThat(result.wtxid(1)).isEqualTo(result.txid(1));
  }

  @Test
  void watchSet_shouldFindWatchedOutputsAndSpendsAndNothingElse() throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.shared("bitcoin/blocks/block370661.dat"));
    Block reference = Block.read(bytes);
    WatchSet scripts = new WatchSet(1_000);
    WatchSet outpoints = new WatchSet(1_000);
    List<String> expectedOutputs = new ArrayList<>();
    for (int t = 0; t < reference.tx.size(); t += 37) {
      Transaction tx = reference.tx.get(t);
      byte[] script = tx.txOut.getFirst().publicKeyScript.toByteArray();
      scripts.add(script);
      expectedOutputs.add(Hex.encode(script));
    }
    Transaction spender = reference.tx.get(5);
    byte[] outpoint = new byte[36];
    System.arraycopy(spender.txIn.getFirst().outPoint.hash.value.toByteArray(), 0, outpoint, 0, 32);
    long index = spender.txIn.getFirst().outPoint.index;
    for (int i = 0; i < 4; i++) {
      outpoint[32 + i] = (byte) (index >>> (8 * i));
    }
    outpoints.add(outpoint);

    ScanResult result = new BlockScanner(scripts, outpoints).scan(bytes);
    List<String> found = new ArrayList<>();
    for (int m = 0; m < result.outputMatches(); m++) {
      int off = result.outputScriptOffset(m);
      found.add(Hex.encode(Arrays.copyOfRange(bytes, off, off + result.outputScriptLength(m))));
    }
    assertThat(found).containsAll(expectedOutputs);
    for (String script : found) {
      assertThat(expectedOutputs).contains(script);
    }
    assertThat(result.spendMatches()).isEqualTo(1);
    assertThat(result.spendTx(0)).isEqualTo(5);
    assertThat(result.spendInput(0)).isZero();
  }

  @Test
  void scan_shouldRejectTruncatedAndPaddedBlocksWithTheOffset() throws IOException {
    byte[] bytes = Files.readAllBytes(Fixtures.shared("bitcoin/blocks/block169482.dat"));
    BlockScanner scanner = BlockScanner.txidsOnly();
    assertThatThrownBy(() -> scanner.scan(Arrays.copyOf(bytes, bytes.length - 3)))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("offset");
    assertThatThrownBy(() -> scanner.scan(Arrays.copyOf(bytes, bytes.length + 1)))
        .hasMessageContaining("after the last transaction");
    assertThatThrownBy(() -> scanner.scan(new byte[50])).hasMessageContaining("header");
    assertThat(scanner.scan(bytes).txCount()).isEqualTo(14);
  }

  private static byte[] doubleSha(byte[] data) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      return sha.digest(sha.digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
