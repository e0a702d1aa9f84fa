package org.sovereign.supervision.defi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.audit.AuditLog;
import org.sovereign.platform.db.Tx;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.supervision.aml.Watchlist;
import org.sovereign.supervision.aml.cases.Cases;
import org.sovereign.supervision.defi.RangeFetcher.Fetched;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.decode.LogDecoder;
import org.sovereign.supervision.defi.rpc.BlockHeader;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rules.DefiRules;
import org.sovereign.supervision.defi.rules.Effects;
import org.sovereign.supervision.defi.rules.PlatformEvaluator;
import org.sovereign.supervision.defi.rules.PlatformIndex;
import org.sovereign.supervision.defi.rules.PlatformState;
import org.sovereign.supervision.defi.rules.Screening;
import org.sovereign.supervision.defi.store.AlertRows;
import org.sovereign.supervision.defi.store.EffectRows;
import org.sovereign.supervision.defi.store.FollowRows;
import org.sovereign.supervision.defi.store.FollowRows.Checkpoint;
import org.sovereign.supervision.defi.store.StateLoader;

/**
 * Follows one chain for every platform declared on it, up to the head minus the confirmation depth.
 * Each block range is fetched, decoded and evaluated, then written in one database transaction with
 * the checkpoint (events, flows, balances, values, prices, alerts and cases), so a crash anywhere
 * neither skips nor counts a block twice. A checkpoint whose hash the node no longer has is a
 * reorganisation: everything derived above the fork point is rolled back, then processed again. A
 * platform declared later, or re-declared, catches up on its own ranges first.
 */
public final class ChainFollower implements AutoCloseable {
  private static final int ATTEMPTS = 4;

  private final long chainId;
  private final EvmRpc rpc;
  private final Tx tx;
  private final AuditLog audit;
  private final Clock clock;
  private final Cases cases;
  private final Watchlist watchlist;
  private final DefiPlatforms platforms;
  private final DefiRules rules;
  private final FollowerOptions options;
  private final RangeFetcher fetcher;
  private final ReentrantLock lock = new ReentrantLock();
  private final ExecutorService prefetcher = Executors.newVirtualThreadPerTaskExecutor();
  private boolean nodeChecked;

  /** Running totals of one poll. */
  private static final class Totals {
    long head;
    long target;
    long checkpoint;
    int ranges;
    long logs;
    long decoded;
    long rows;
    int alerts;
    int reorgs;
    long rolledBackTo = -1;
  }

  public ChainFollower(
      long chainId,
      EvmRpc rpc,
      Tx tx,
      AuditLog audit,
      Clock clock,
      Cases cases,
      Watchlist watchlist,
      DefiPlatforms platforms,
      DefiRules rules,
      FollowerOptions options) {
    this.chainId = chainId;
    this.rpc = rpc;
    this.tx = tx;
    this.audit = audit;
    this.clock = clock;
    this.cases = cases;
    this.watchlist = watchlist;
    this.platforms = platforms;
    this.rules = rules;
    this.options = options;
    this.fetcher = new RangeFetcher(rpc, new LogDecoder(), options, watchlist::evmAddresses);
  }

  public long chainId() {
    return chainId;
  }

  /**
   * Processes everything from the checkpoint up to the head minus the confirmation depth (undoing a
   * reorganisation first if there was one) and returns what it did. Safe to call from tests between
   * scenario steps and from the background loop; calls never overlap.
   */
  public PollResult pollOnce() {
    lock.lock();
    try {
      long started = System.nanoTime();
      Totals totals = new Totals();
      poll(totals);
      return new PollResult(
          chainId,
          totals.head,
          totals.target,
          totals.checkpoint,
          totals.ranges,
          totals.logs,
          totals.decoded,
          totals.rows,
          totals.alerts,
          totals.reorgs,
          totals.rolledBackTo,
          Duration.ofNanos(System.nanoTime() - started));
    } finally {
      lock.unlock();
    }
  }

  private void poll(Totals totals) {
    List<Platform> declared = platforms.platforms(chainId);
    Checkpoint cp = checkpoint();
    totals.checkpoint = cp.block() == null ? -1 : cp.block();
    if (declared.isEmpty()) {
      return;
    }
    checkNode();
    long head = rpc.headNumber();
    totals.head = head;
    totals.target = head - cp.confirmations();
    Screening screening = new Screening(watchlist);
    for (int attempt = 1; ; attempt++) {
      try {
        cp = anchor(cp, declared, head);
        cp = undoReorg(cp, declared, head, totals);
        Map<OrgId, PlatformState> states = load(declared);
        for (PlatformState state : states.values()) {
          while (state.syncedBlock() < cp.block()) {
            catchUp(state, cp.block(), head, screening, totals);
          }
        }
        cp = follow(new ArrayList<>(states.values()), cp, totals.target, head, screening, totals);
        totals.checkpoint = cp.block();
        return;
      } catch (ChainMoved e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        cp = checkpoint();
      }
    }
  }

  /** A node serving another chain (a wrong URL) must not feed this chain's platforms. */
  private void checkNode() {
    if (nodeChecked) {
      return;
    }
    long served = rpc.chainId();
    if (served != chainId) {
      throw new IllegalStateException(
          "the node of chain " + chainId + " serves chain " + served + ": check its rpc_url");
    }
    nodeChecked = true;
  }

  private Checkpoint checkpoint() {
    return tx.read(h -> FollowRows.checkpoint(h, chainId, false))
        .orElseThrow(() -> DomainException.notFound("chain " + chainId));
  }

  /** A new chain starts below its first platform's start; a checkpoint without hash gets one. */
  private Checkpoint anchor(Checkpoint cp, List<Platform> declared, long head) {
    Long block = cp.block();
    if (block == null) {
      block = declared.stream().mapToLong(Platform::startBlock).min().orElseThrow() - 1;
    } else if (cp.hash() != null || block < 0 || block > head) {
      return cp;
    }
    BlockHeader header = block >= 0 && block <= head ? rpc.header(block) : null;
    Checkpoint anchored =
        new Checkpoint(
            chainId,
            cp.confirmations(),
            block,
            header == null ? null : header.hash(),
            header == null ? null : header.timestamp());
    tx.useTransaction(
        h -> {
          FollowRows.checkpoint(h, chainId, true);
          FollowRows.moveCheckpoint(h, chainId, anchored.block(), anchored.hash(), anchored.time());
        });
    return anchored;
  }

  private Checkpoint undoReorg(Checkpoint cp, List<Platform> declared, long head, Totals totals) {
    if (cp.hash() == null) {
      return cp;
    }
    if (cp.block() <= head && rpc.header(cp.block()).hash().equals(cp.hash())) {
      return cp;
    }
    List<FollowRows.StoredBlock> stored =
        tx.read(h -> FollowRows.recentBlocks(h, chainId, cp.block(), options.keepHashes()));
    FollowRows.StoredBlock fork = null;
    for (int i = 0; i < stored.size() && fork == null; i += 100) {
      List<FollowRows.StoredBlock> slice =
          stored.subList(i, Math.min(stored.size(), i + 100)).stream()
              .filter(b -> b.number() <= head)
              .toList();
      List<BlockHeader> node =
          rpc.headers(slice.stream().map(FollowRows.StoredBlock::number).toList());
      for (int j = 0; j < slice.size(); j++) {
        if (node.get(j).hash().equals(slice.get(j).hash())) {
          fork = slice.get(j);
          break;
        }
      }
    }
    long lowest = declared.stream().mapToLong(Platform::startBlock).min().orElseThrow() - 1;
    long forkBlock =
        fork != null
            ? fork.number()
            : Math.max(lowest, stored.isEmpty() ? lowest : stored.getLast().number() - 1);
    String forkHash = fork == null ? null : fork.hash();
    Instant forkTime = fork == null ? null : fork.time();
    tx.useTransaction(
        h -> {
          FollowRows.checkpoint(h, chainId, true);
          FollowRows.rollback(h, chainId, forkBlock, forkHash, forkTime);
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("from_block", cp.block());
          detail.put("to_block", forkBlock);
          detail.put("depth", cp.block() - forkBlock);
          detail.put("orphaned_hash", cp.hash());
          audit.append(h, Actor.SYSTEM, "defi.reorg", "chain:" + chainId, detail);
        });
    totals.reorgs++;
    totals.rolledBackTo = forkBlock;
    return anchor(
        new Checkpoint(chainId, cp.confirmations(), forkBlock, forkHash, forkTime), declared, head);
  }

  private Map<OrgId, PlatformState> load(List<Platform> declared) {
    return tx.read(
        h -> {
          Map<OrgId, FollowRows.Cursor> cursors = new HashMap<>();
          FollowRows.cursors(h, chainId, false).forEach(c -> cursors.put(c.orgId(), c));
          Map<OrgId, PlatformState> states = new LinkedHashMap<>();
          for (Platform p : declared) {
            FollowRows.Cursor cursor = cursors.get(p.orgId());
            if (cursor != null && cursor.version() == p.version()) {
              states.put(
                  p.orgId(), StateLoader.load(h, chainId, new PlatformIndex(p), rules, cursor));
            }
          }
          return states;
        });
  }

  /** Follows the platforms in step range by range up to {@code target}, prefetching the next. */
  private Checkpoint follow(
      List<PlatformState> group,
      Checkpoint cp,
      long target,
      long head,
      Screening screening,
      Totals totals) {
    CompletableFuture<Fetched> next = null;
    try {
      while (cp.block() < target) {
        Fetched fetched = next != null ? join(next) : fetch(group, cp.block() + 1, target, head);
        next = null;
        if (cp.hash() != null
            && !fetched.headers().get(fetched.from()).parentHash().equals(cp.hash())) {
          throw new ChainMoved("block " + fetched.from() + " no longer follows the checkpoint");
        }
        if (options.prefetch() && fetched.to() < target) {
          long from = fetched.to() + 1;
          next = CompletableFuture.supplyAsync(() -> fetch(group, from, target, head), prefetcher);
        }
        commit(group, fetched, cp, screening, totals);
        BlockHeader last = fetched.headers().get(fetched.to());
        cp =
            new Checkpoint(
                chainId, cp.confirmations(), last.number(), last.hash(), last.timestamp());
      }
      return cp;
    } finally {
      if (next != null) {
        next.cancel(true);
      }
    }
  }

  private Fetched fetch(List<PlatformState> group, long from, long to, long head) {
    List<PlatformIndex> indexes = group.stream().map(PlatformState::index).toList();
    Set<Long> extra = new java.util.TreeSet<>();
    for (PlatformState s : group) {
      long before = s.index().platform().startBlock() - 1;
      if (!s.seeded() && before >= from - 1 && before >= 0 && before <= to) {
        extra.add(before);
      }
    }
    return fetcher.fetch(indexes, from, to, head, extra);
  }

  private static Fetched join(CompletableFuture<Fetched> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  /** One range of a platform catching up to the checkpoint (which does not move). */
  private void catchUp(
      PlatformState state, long upTo, long head, Screening screening, Totals totals) {
    List<PlatformState> group = List.of(state);
    commit(group, fetch(group, state.syncedBlock() + 1, upTo, head), null, screening, totals);
  }

  /**
   * Evaluates a fetched range for {@code group} and writes it, with the platforms' progress and
   * (when {@code cp} is given) the checkpoint, in one transaction.
   */
  private void commit(
      List<PlatformState> group, Fetched f, Checkpoint cp, Screening screening, Totals totals) {
    Effects effects = new Effects();
    Map<OrgId, Long> before = new HashMap<>();
    for (PlatformState state : group) {
      Platform p = state.index().platform();
      before.put(p.orgId(), state.syncedBlock());
      PlatformEvaluator evaluator =
          new PlatformEvaluator(state, screening, chainId, rules.version(), effects);
      long seedBlock = p.startBlock() - 1;
      if (!state.seeded()
          && state.syncedBlock() == seedBlock
          && seedBlock >= 0
          && seedBlock <= f.to()) {
        evaluator.seed(
            StartBalances.read(rpc, p, seedBlock),
            seedBlock,
            f.headers().get(seedBlock).timestamp());
      }
      evaluator.evaluate(f.logs(), n -> f.headers().get(n).timestamp(), f.txs(), f.to());
    }
    Instant now = clock.instant();
    int alerts =
        tx.inTransaction(
            h -> {
              Checkpoint locked = FollowRows.checkpoint(h, chainId, true).orElseThrow();
              if (cp != null && !Objects.equals(locked.block(), cp.block())) {
                throw new ChainMoved("the checkpoint moved under this follower");
              }
              Map<OrgId, FollowRows.Cursor> cursors = new HashMap<>();
              FollowRows.cursors(h, chainId, true).forEach(c -> cursors.put(c.orgId(), c));
              for (PlatformState state : group) {
                OrgId org = state.index().platform().orgId();
                FollowRows.Cursor c = cursors.get(org);
                if (c == null
                    || c.version() != state.index().platform().version()
                    || c.syncedBlock() != before.get(org)) {
                  throw new ChainMoved("platform " + org + " moved under this follower");
                }
              }
              List<BlockHeader> headers = new ArrayList<>(f.headers().values());
              headers.sort(Comparator.comparingLong(BlockHeader::number));
              FollowRows.storeBlocks(h, chainId, headers);
              EffectRows.write(h, chainId, effects);
              int raised = 0;
              for (Effects.Finding finding : effects.findings) {
                if (AlertRows.raise(h, cases, chainId, finding, now) >= 0) {
                  raised++;
                }
              }
              for (PlatformState state : group) {
                FollowRows.movePlatform(
                    h,
                    chainId,
                    state.index().platform().orgId(),
                    state.syncedBlock(),
                    state.syncedTime());
              }
              if (cp != null) {
                BlockHeader last = f.headers().get(f.to());
                FollowRows.moveCheckpoint(h, chainId, last.number(), last.hash(), last.timestamp());
                FollowRows.pruneBlocks(h, chainId, last.number() - options.keepHashes());
              }
              return raised;
            });
    totals.ranges++;
    totals.logs += f.rawLogs();
    totals.decoded += f.logs().size();
    totals.rows += effects.rows();
    totals.alerts += alerts;
  }

  @Override
  public void close() {
    prefetcher.shutdownNow();
    rpc.close();
  }
}
