package org.sovereign.chain.index;

import static org.assertj.core.api.Assertions.assertThat;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Script;
import fr.acinq.bitcoin.TxOut;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;

class ChainIndexerTest {
  private final RegtestChain chain = new RegtestChain();
  private final RegtestWallet miner = new RegtestWallet(chain, "miner");
  private final RegtestWallet bob = new RegtestWallet(chain, "bob");

  /** A stand-in for descriptor derivation: a p2wpkh script per (descriptor, index). */
  static byte[] derived(String descriptor, int index) {
    PrivateKey key =
        new PrivateKey(Crypto.sha256((descriptor + "/" + index).getBytes(StandardCharsets.UTF_8)));
    return Script.write(Script.pay2wpkh(key.publicKey()));
  }

  private ChainIndexer indexer() {
    return new ChainIndexer(
        IndexDatabase.dataSource(IndexDatabase.freshUrl()),
        new RegtestSource(chain),
        ChainIndexerTest::derived);
  }

  private static long balance(ChainIndexer indexer, byte[] script) {
    return indexer.outputs(script).stream()
        .filter(IndexedOutput::unspent)
        .mapToLong(o -> o.value().value())
        .sum();
  }

  @Test
  void sync_shouldStoreWatchedOutputsAndTheirSpends() {
    ChainIndexer indexer = indexer();
    indexer.watchScript(bob.script(), "bob");
    miner.fund(2);
    miner.pay(bob.script(), 3_000_000);
    miner.pay(bob.script(), 2_000_000);
    chain.mine(1, miner.script());
    SyncReport first = indexer.sync(SyncProgress.NONE);
    assertThat(first.height()).isEqualTo(chain.height());
    assertThat(balance(indexer, bob.script())).isEqualTo(5_000_000);

    chain.mine(100, miner.script());
    bob.pay(miner.script(), 1_000_000);
    chain.mine(1, miner.script());
    indexer.sync(SyncProgress.NONE);
    long expected =
        chain.unspent(bob.script()).stream().mapToLong(u -> u.output().amount.toLong()).sum();
    assertThat(balance(indexer, bob.script())).isEqualTo(expected).isLessThan(4_000_000);
    assertThat(indexer.outputs(bob.script()).stream().filter(o -> !o.unspent())).isNotEmpty();
  }

  @Test
  void outputCreatedAndSpentInOneBlock_shouldBeRecordedAsSpent() {
    ChainIndexer indexer = indexer();
    indexer.watchScript(bob.script(), "bob");
    miner.fund(1);
    var first = miner.buildPayment(List.of(new TxOut(new Satoshi(500_000), bob.script())));
    chain.submit(first);
    var spendChild =
        new fr.acinq.bitcoin.Transaction(
            2,
            List.of(
                new fr.acinq.bitcoin.TxIn(
                    new fr.acinq.bitcoin.OutPoint(first, 0), new byte[0], 0xfffffffdL)),
            List.of(new TxOut(new Satoshi(490_000), miner.script())),
            0);
    var key = new PrivateKey(Crypto.sha256("bob".getBytes(StandardCharsets.UTF_8)));
    byte[] sig =
        spendChild.signInput(
            0,
            Script.pay2pkh(key.publicKey()),
            fr.acinq.bitcoin.SigHash.SIGHASH_ALL,
            new Satoshi(500_000),
            fr.acinq.bitcoin.SigVersion.SIGVERSION_WITNESS_V0,
            key);
    chain.submit(
        spendChild.updateWitness(
            0, Script.witnessPay2wpkh(key.publicKey(), new fr.acinq.bitcoin.ByteVector(sig))));
    chain.mine(1, miner.script());
    indexer.sync(SyncProgress.NONE);
    var outputs = indexer.outputs(bob.script());
    assertThat(outputs).hasSize(1);
    assertThat(outputs.getFirst().unspent()).isFalse();
    assertThat(outputs.getFirst().spentHeight()).isEqualTo(chain.height());
  }

  @Test
  void descriptorWindow_shouldGrowToIndexPlusGapWhenAnAddressIsUsed() {
    ChainIndexer indexer = indexer();
    indexer.watchDescriptor("vault-a", "vault A", 20);
    miner.fund(3);
    miner.pay(derived("vault-a", 15), 100_000);
    chain.mine(1, miner.script());
    miner.pay(derived("vault-a", 33), 200_000);
    miner.pay(derived("vault-a", 60), 400_000);
    chain.mine(1, miner.script());
    indexer.sync(SyncProgress.NONE);
    assertThat(balance(indexer, derived("vault-a", 15))).isEqualTo(100_000);
    assertThat(balance(indexer, derived("vault-a", 33))).isEqualTo(200_000);
    assertThat(indexer.outputs(derived("vault-a", 60))).isEmpty();
  }

  @Test
  void usedAddressInTheSameBlock_shouldExtendTheWindowForTheRestOfTheBlock() {
    ChainIndexer indexer = indexer();
    indexer.watchDescriptor("vault-b", "vault B", 5);
    miner.fund(2);
    miner.pay(derived("vault-b", 4), 10_000);
    miner.pay(derived("vault-b", 8), 20_000);
    miner.pay(derived("vault-b", 12), 30_000);
    chain.mine(1, miner.script());
    indexer.sync(SyncProgress.NONE);
    assertThat(balance(indexer, derived("vault-b", 12))).isEqualTo(30_000);
  }

  @Test
  void reorgOfDepthOneHundred_shouldLeaveTheSameUtxoSetAsAFreshIndex() {
    ChainIndexer indexer = indexer();
    indexer.watchScript(bob.script(), "bob");
    indexer.watchScript(miner.script(), "miner");
    miner.fund(2);
    for (int i = 0; i < 30; i++) {
      miner.pay(bob.script(), 10_000 + i);
      chain.mine(1, miner.script());
    }
    indexer.sync(SyncProgress.NONE);
    chain.reorg(100, 101, bob.script(), true);
    SyncReport report = indexer.sync(SyncProgress.NONE);
    assertThat(report.disconnected()).isEqualTo(100);
    assertThat(report.connected()).isEqualTo(101);

    ChainIndexer fresh = indexer();
    fresh.watchScript(bob.script(), "bob");
    fresh.watchScript(miner.script(), "miner");
    fresh.sync(SyncProgress.NONE);
    assertThat(indexer.unspentOutputs())
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(fresh.unspentOutputs());
    assertThat(indexer.indexedTipHash()).isEqualTo(fresh.indexedTipHash());
  }
}
