package org.sovereign.app.chain;

import java.time.Duration;
import org.sovereign.chain.regtest.RegtestChain;
import org.sovereign.chain.regtest.RegtestWallet;

/**
 * The demo's Bitcoin network: the built-in regtest simulator with a funded wallet, and a block
 * every interval with some payments, so the console has a live chain to follow. Deterministic from
 * its seed; the chain lives in memory and is rebuilt on each start (the index is reset when its
 * blocks are not on the new chain, which the indexer handles as a reorg).
 */
public final class DemoNetwork implements AutoCloseable {
  private final RegtestChain chain = new RegtestChain();
  private final RegtestWallet miner = new RegtestWallet(chain, "sovereign-demo-miner");
  private final RegtestWallet exchange = new RegtestWallet(chain, "sovereign-demo-exchange");
  private volatile boolean running = true;
  private Thread thread;
  private long round;

  public DemoNetwork() {
    miner.fund(20);
    DemoCustodians reserve = new DemoCustodians();
    miner.pay(reserve.receiveScript(0), 250_000_000L);
    chain.mine(1, miner.script());
    miner.pay(reserve.receiveScript(1), 120_000_000L);
    miner.pay(reserve.receiveScript(2), 30_000_000L);
    for (DemoExchanges.Exchange exchange : DemoExchanges.all()) {
      miner.pay(exchange.script(), exchange.reserveSat());
    }
    for (int i = 0; i < 12; i++) {
      step();
    }
  }

  public RegtestChain chain() {
    return chain;
  }

  public RegtestWallet exchange() {
    return exchange;
  }

  public RegtestWallet miner() {
    return miner;
  }

  /** One block with a couple of payments to the demo exchange. */
  public void step() {
    round++;
    miner.pay(exchange.script(), 25_000_000L + round * 1_000);
    if (round % 2 == 0) {
      miner.pay(exchange.script(), 3_100_000L);
    }
    chain.mine(1, miner.script());
  }

  public DemoNetwork start(Duration blockInterval) {
    thread =
        Thread.ofVirtual()
            .name("demo-network")
            .start(
                () -> {
                  while (running) {
                    try {
                      Thread.sleep(blockInterval);
                    } catch (InterruptedException e) {
                      return;
                    }
                    step();
                  }
                });
    return this;
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }
}
