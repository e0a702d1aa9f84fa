package org.sovereign.supervision.defi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.decode.EventDecoder;
import org.sovereign.supervision.defi.rpc.BlockHeader;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rpc.EvmRpcException;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.rpc.TxParties;
import org.sovereign.supervision.defi.rules.Decoded;
import org.sovereign.supervision.defi.rules.PlatformIndex;

/**
 * Fetches a block range for a group of platforms: the logs of their filters (the range shrinks
 * while the node refuses it), decoded; the headers of the blocks that matter; the senders of mint
 * transactions. Checks every log's block hash against its header, so a range is never assembled
 * from two branches.
 */
final class RangeFetcher {
  /** The first range's size, before the density of logs is known (then it grows twofold). */
  static final int FIRST_CHUNK = 100;

  private static final Comparator<EvmLog> CHAIN_ORDER =
      Comparator.comparingLong(EvmLog::blockNumber).thenComparingInt(EvmLog::logIndex);

  /** A fetched range: logs in chain order, the headers fetched, the mint transactions' parties. */
  record Fetched(
      long from,
      long to,
      int rawLogs,
      List<Decoded> logs,
      Map<Long, BlockHeader> headers,
      Map<String, TxParties> txs) {}

  private final EvmRpc rpc;
  private final EventDecoder decoder;
  private final FollowerOptions options;
  private final java.util.function.Supplier<List<String>> listed;
  private int chunk;
  private int ceiling;

  RangeFetcher(EvmRpc rpc, EventDecoder decoder, FollowerOptions options) {
    this(rpc, decoder, options, List::of);
  }

  /** A fetcher that also asks for transfers between the platforms and {@code listed} addresses. */
  RangeFetcher(
      EvmRpc rpc,
      EventDecoder decoder,
      FollowerOptions options,
      java.util.function.Supplier<List<String>> listed) {
    this.listed = listed;
    this.rpc = rpc;
    this.decoder = decoder;
    this.options = options;
    this.chunk = Math.min(options.maxChunk(), FIRST_CHUNK);
    this.ceiling = options.maxChunk();
  }

  /** The blocks per {@code eth_getLogs} the node currently accepts. */
  synchronized int chunk() {
    return chunk;
  }

  /**
   * Fetches from {@code from} up to at most {@code maxTo} (fewer blocks when the chunk is smaller),
   * with headers also for {@code extra} blocks.
   */
  synchronized Fetched fetch(
      Collection<PlatformIndex> group, long from, long maxTo, long head, Set<Long> extra) {
    long to = Math.min(maxTo, from + chunk - 1);
    List<EvmLog> raw;
    while (true) {
      try {
        raw = logs(PlatformIndex.queries(group, from, to, listed.get()));
        break;
      } catch (EvmRpcException e) {
        if (to == from) {
          throw e;
        }
        ceiling = (int) (to - from);
        chunk = (int) Math.max(1, (to - from + 1) / 2);
        to = from + chunk - 1;
      }
    }
    resize(to - from + 1, raw.size());
    List<Decoded> decoded = new ArrayList<>(raw.size());
    for (EvmLog log : raw) {
      DecodedEvent event = decoder.decode(log);
      if (event != null) {
        decoded.add(new Decoded(log, event));
      }
    }
    Map<Long, BlockHeader> headers = headers(raw, from, to, head, extra);
    for (EvmLog log : raw) {
      if (!headers.get(log.blockNumber()).hash().equals(log.blockHash())) {
        throw new ChainMoved(
            "log " + log.txHash() + ":" + log.logIndex() + " is of another branch than its header");
      }
    }
    return new Fetched(from, to, raw.size(), decoded, headers, senders(group, decoded));
  }

  /**
   * Sizes the next range for about {@code targetLogs} logs at the density just seen, growing at
   * most twofold a step and never to a size the node refused.
   */
  private void resize(long blocks, int logs) {
    long ideal =
        logs == 0 ? Long.MAX_VALUE : Math.max(1, (long) options.targetLogs() * blocks / logs);
    chunk = (int) Math.max(1, Math.min(ceiling, Math.min(ideal, chunk * 2L)));
  }

  private List<EvmLog> logs(List<LogQuery> queries) {
    if (queries.size() == 1) {
      return rpc.logs(queries.get(0));
    }
    List<EvmLog> all = new ArrayList<>();
    for (LogQuery q : queries) {
      all.addAll(rpc.logs(q));
    }
    all.sort(CHAIN_ORDER);
    List<EvmLog> unique = new ArrayList<>(all.size());
    for (EvmLog log : all) {
      EvmLog last = unique.isEmpty() ? null : unique.getLast();
      if (last == null
          || last.blockNumber() != log.blockNumber()
          || last.logIndex() != log.logIndex()) {
        unique.add(log);
      }
    }
    return unique;
  }

  private Map<Long, BlockHeader> headers(
      List<EvmLog> logs, long from, long to, long head, Set<Long> extra) {
    Set<Long> numbers = new TreeSet<>(extra);
    numbers.add(from);
    numbers.add(to);
    for (EvmLog log : logs) {
      numbers.add(log.blockNumber());
    }
    for (long n = Math.max(from, head - options.nearHead()); n <= to; n++) {
      numbers.add(n);
    }
    List<Long> list = new ArrayList<>(numbers);
    List<BlockHeader> fetched = rpc.headers(list);
    Map<Long, BlockHeader> headers = new HashMap<>();
    for (BlockHeader h : fetched) {
      headers.put(h.number(), h);
    }
    return headers;
  }

  private Map<String, TxParties> senders(Collection<PlatformIndex> group, List<Decoded> logs) {
    Set<String> hashes = new LinkedHashSet<>();
    for (Decoded d : logs) {
      for (PlatformIndex index : group) {
        if (index.needsSender(d) && index.concerns(d)) {
          hashes.add(d.log().txHash());
        }
      }
    }
    return hashes.isEmpty() ? Map.of() : rpc.transactions(hashes);
  }
}
