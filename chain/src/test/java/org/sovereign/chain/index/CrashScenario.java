package org.sovereign.chain.index;

import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.PrivateKey;
import fr.acinq.bitcoin.Script;
import java.nio.charset.StandardCharsets;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestSource;
import org.sovereign.chain.regtest.RegtestWallet;

/**
 * A deterministic chain with activity on watched scripts, and the indexer over it. Run as a
 * separate JVM by {@link IndexerCrashTest}, which kills it with SIGKILL mid-ingestion.
 */
public final class CrashScenario {
  static final int WATCHED = 12;

  private CrashScenario() {}

  static byte[] watched(int i) {
    PrivateKey key =
        new PrivateKey(Crypto.sha256(("watched-" + i).getBytes(StandardCharsets.UTF_8)));
    return Script.write(Script.pay2wpkh(key.publicKey()));
  }

  /** The same blocks, byte for byte, in every process. */
  static RegtestChain buildChain() {
    RegtestChain chain = new RegtestChain();
    RegtestWallet miner = new RegtestWallet(chain, "crash-miner");
    miner.fund(40);
    for (int round = 0; round < 300; round++) {
      miner.pay(watched(round % WATCHED), 100_000L + round);
      if (round % 3 == 0) {
        miner.pay(watched((round * 7) % WATCHED), 55_000L + round);
      }
      chain.mine(1, miner.script());
    }
    return chain;
  }

  static ChainIndexer indexer(String jdbcUrl, RegtestChain chain) {
    ChainIndexer indexer =
        new ChainIndexer(
            IndexDatabase.dataSource(jdbcUrl), new RegtestSource(chain), (d, i) -> new byte[0]);
    for (int i = 0; i < WATCHED; i++) {
      indexer.watchScript(watched(i), "watched " + i);
    }
    indexer.watchScript(new RegtestWallet(new RegtestChain(), "crash-miner").script(), "miner");
    return indexer;
  }

  /** Child process entry: index the deterministic chain into the database at args[0]. */
  public static void main(String[] args) {
    RegtestChain chain = buildChain();
    ChainIndexer indexer = indexer(args[0], chain);
    System.out.println("ready " + chain.height());
    System.out.flush();
    indexer.sync(SyncProgress.NONE);
    System.out.println("done " + indexer.indexedHeight());
  }
}
