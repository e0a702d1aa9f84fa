package org.sovereign.supervision.defi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.declare.ChainConfig;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rpc.Web3jRpc;
import org.sovereign.supervision.defi.rules.DefiRules;

/**
 * The DeFi monitor: one {@link ChainFollower} per declared chain, polled on demand ({@link
 * #pollOnce}) or by a background loop ({@link #start}) that also picks up chains declared later.
 */
public final class DefiMonitor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DefiMonitor.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

  /** The last poll of a chain, and the last error if the last poll failed. */
  public record ChainActivity(
      long chainId,
      PollResult lastPoll,
      Instant lastPollAt,
      String lastError,
      Instant lastErrorAt) {}

  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Cases cases;
  private final Watchlist watchlist;
  private final DefiPlatforms platforms;
  private final DefiRules rules;
  private final Function<ChainConfig, EvmRpc> rpcs;
  private final FollowerOptions options;
  private final Map<Long, ChainFollower> followers = new ConcurrentHashMap<>();
  private final Map<Long, String> urls = new ConcurrentHashMap<>();
  private final Map<Long, ChainActivity> activity = new ConcurrentHashMap<>();
  private final Map<Long, Thread> workers = new ConcurrentHashMap<>();
  private volatile Thread supervisor;

  public DefiMonitor(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Cases cases,
      Watchlist watchlist,
      DefiPlatforms platforms,
      DefiRules rules,
      Function<ChainConfig, EvmRpc> rpcs,
      FollowerOptions options) {
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.watchlist = watchlist;
    this.platforms = platforms;
    this.rules = rules;
    this.rpcs = rpcs;
    this.options = options;
  }

  /** A monitor polling each chain's declared JSON-RPC URL over HTTP. */
  public static DefiMonitor overHttp(
      Tx tx,
      AuditLog audit,
      Clock clock,
      Cases cases,
      Watchlist watchlist,
      DefiPlatforms platforms,
      DefiRules rules) {
    return new DefiMonitor(
        tx,
        audit,
        clock,
        cases,
        watchlist,
        platforms,
        rules,
        chain -> new Web3jRpc(chain.rpcUrl()),
        FollowerOptions.DEFAULTS);
  }

  public DefiRules rules() {
    return rules;
  }

  /** The follower of a declared chain (a new one when its RPC URL was changed). */
  public ChainFollower follower(long chainId) {
    ChainConfig chain =
        platforms.chain(chainId).orElseThrow(() -> DomainException.notFound("chain " + chainId));
    synchronized (followers) {
      ChainFollower current = followers.get(chainId);
      if (current != null && chain.rpcUrl().equals(urls.get(chainId))) {
        return current;
      }
      if (current != null) {
        current.close();
      }
      ChainFollower follower =
          new ChainFollower(
              chainId,
              rpcs.apply(chain),
              tx,
              audit,
              clock,
              cases,
              watchlist,
              platforms,
              rules,
              options);
      followers.put(chainId, follower);
      urls.put(chainId, chain.rpcUrl());
      return follower;
    }
  }

  /** Polls a chain once, to the head minus its confirmation depth. */
  public PollResult pollOnce(long chainId) {
    try {
      PollResult result = follower(chainId).pollOnce();
      activity.compute(
          chainId,
          (id, a) ->
              new ChainActivity(
                  id, result, clock.instant(), null, a == null ? null : a.lastErrorAt()));
      return result;
    } catch (RuntimeException e) {
      activity.compute(
          chainId,
          (id, a) ->
              new ChainActivity(
                  id,
                  a == null ? null : a.lastPoll(),
                  a == null ? null : a.lastPollAt(),
                  String.valueOf(e.getMessage()),
                  clock.instant()));
      throw e;
    }
  }

  /** Polls every declared chain once; a chain that fails does not stop the others. */
  public List<PollResult> pollAll() {
    List<PollResult> results = new ArrayList<>();
    for (ChainConfig chain : platforms.chains()) {
      try {
        results.add(pollOnce(chain.chainId()));
      } catch (RuntimeException e) {
        LOG.warn("defi: polling chain {} failed: {}", chain.chainId(), e.getMessage());
      }
    }
    return results;
  }

  public Optional<ChainActivity> activity(long chainId) {
    return Optional.ofNullable(activity.get(chainId));
  }

  /**
   * Starts polling in the background: a virtual thread per chain polls every {@code interval} (at
   * once again while catching up; backing off after failures), and chains declared later are picked
   * up within an interval.
   */
  public synchronized void start(Duration interval) {
    if (supervisor != null) {
      return;
    }
    supervisor =
        Thread.ofVirtual()
            .name("defi-monitor")
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      for (ChainConfig chain : platforms.chains()) {
                        workers.computeIfAbsent(chain.chainId(), id -> worker(id, interval));
                      }
                      Thread.sleep(interval);
                    } catch (InterruptedException e) {
                      return;
                    } catch (RuntimeException e) {
                      LOG.warn("defi: listing chains failed: {}", e.getMessage());
                    }
                  }
                });
  }

  private Thread worker(long chainId, Duration interval) {
    return Thread.ofVirtual()
        .name("defi-chain-" + chainId)
        .start(
            () -> {
              int failures = 0;
              while (!Thread.currentThread().isInterrupted()) {
                Duration pause = interval;
                try {
                  PollResult r = pollOnce(chainId);
                  failures = 0;
                  if (!r.caughtUp()) {
                    pause = Duration.ZERO;
                  }
                } catch (RuntimeException e) {
                  failures++;
                  LOG.warn("defi: chain {} poll failed: {}", chainId, e.getMessage());
                  pause = backoff(interval, failures);
                }
                try {
                  Thread.sleep(pause);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
  }

  private static Duration backoff(Duration interval, int failures) {
    Duration d = interval.multipliedBy(1L << Math.min(failures, 10));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /** Stops the background loop (polls in progress finish their transaction or roll back). */
  public synchronized void stop() {
    if (supervisor != null) {
      supervisor.interrupt();
      supervisor = null;
    }
    workers.values().forEach(Thread::interrupt);
    for (Thread t : workers.values()) {
      try {
        t.join(Duration.ofSeconds(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    workers.clear();
  }

  @Override
  public void close() {
    stop();
    followers.values().forEach(ChainFollower::close);
    followers.clear();
  }
}
