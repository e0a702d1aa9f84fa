package org.sovereign.app.chain;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereign.chain.index.ChainIndexer;
import org.sovereign.chain.index.SyncProgress;
import org.sovereign.chain.index.SyncReport;
import org.sovereign.chain.source.ChainSource;
import org.sovereign.platform.module.StatusBoard;

/**
 * Keeps the index at the source's tip: a virtual thread syncs every poll interval (and once at
 * start); failures are logged and retried on the next tick, never fatal to the server.
 */
public final class ChainFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChainFollower.class);

  private final ChainSource source;
  private final ChainIndexer indexer;
  private final String description;
  private final Duration interval;
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private volatile boolean running = true;
  private volatile Runnable afterSync = () -> {};
  private Thread thread;

  public ChainFollower(
      ChainSource source, ChainIndexer indexer, String description, Duration interval) {
    this.source = source;
    this.indexer = indexer;
    this.description = description;
    this.interval = interval;
  }

  public ChainFollower start() {
    thread = Thread.ofVirtual().name("chain-follower").start(this::loop);
    return this;
  }

  private void loop() {
    while (running) {
      syncOnce();
      try {
        Thread.sleep(interval);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One sync to the tip; returns what it did, or null when the source failed. */
  public synchronized SyncReport syncOnce() {
    try {
      SyncReport report = indexer.sync(SyncProgress.NONE);
      lastError.set(null);
      if (report.connected() > 0 || report.disconnected() > 0) {
        afterSync.run();
        LOG.atInfo()
            .addKeyValue("connected", report.connected())
            .addKeyValue("disconnected", report.disconnected())
            .addKeyValue("height", report.height())
            .log("chain index advanced");
      }
      return report;
    } catch (RuntimeException e) {
      lastError.set(e.getMessage());
      LOG.atWarn().addKeyValue("source", description).log("chain sync failed: {}", e.getMessage());
      return null;
    }
  }

  /** Runs after every sync that connected or disconnected blocks. */
  public void afterSync(Runnable listener) {
    this.afterSync = listener;
  }

  public ChainIndexer indexer() {
    return indexer;
  }

  public List<StatusBoard.Fact> facts() {
    String error = lastError.get();
    if (error != null) {
      return List.of(
          new StatusBoard.Fact("status.chain.source", description),
          new StatusBoard.Fact("status.chain.error", error));
    }
    return List.of(
        new StatusBoard.Fact("status.chain.source", description),
        new StatusBoard.Fact("status.chain.tip", Integer.toString(source.tipHeight())),
        new StatusBoard.Fact("status.chain.indexed", Integer.toString(indexer.indexedHeight())));
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    source.close();
  }
}
