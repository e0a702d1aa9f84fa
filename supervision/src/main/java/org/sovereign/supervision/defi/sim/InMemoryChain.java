package org.sovereign.supervision.defi.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.sovereign.supervision.defi.rpc.BlockHeader;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.rpc.EvmRpc;
import org.sovereign.supervision.defi.rpc.EvmRpcException;
import org.sovereign.supervision.defi.rpc.LogQuery;
import org.sovereign.supervision.defi.rpc.TxParties;
import org.web3j.crypto.Hash;

/**
 * An EVM chain in memory behind the {@link EvmRpc} interface: mine blocks of transactions with
 * logs, reorganise the tip, make the node refuse long log ranges. For tests and simulations of the
 * follower; hashes are deterministic, so two runs of the same script build the same chain.
 */
public final class InMemoryChain implements EvmRpc {
  /** A transaction to mine: its sender, the account it calls and the logs it emits. */
  public record Tx(String from, String to, List<LogSpec> logs) {
    public Tx {
      logs = List.copyOf(logs);
    }

    public static Tx of(String from, String to, LogSpec... logs) {
      return new Tx(from, to, List.of(logs));
    }
  }

  /** Answers {@code eth_call}s: the result hex for a call, or null for {@code "0x"}. */
  @FunctionalInterface
  public interface CallHandler {
    String call(String to, String data, long block);
  }

  private record Block(BlockHeader header, List<EvmLog> logs, Map<String, TxParties> txs) {}

  private final long chainId;
  private final Duration blockTime;
  private final List<Block> blocks = new ArrayList<>();
  private final AtomicInteger logQueries = new AtomicInteger();
  private Instant nextTime;
  private int branch;
  private int maxLogRange = Integer.MAX_VALUE;
  private CallHandler calls = (to, data, block) -> null;

  public InMemoryChain(long chainId, Instant genesis, Duration blockTime) {
    this.chainId = chainId;
    this.blockTime = blockTime;
    this.nextTime = genesis;
    append(List.of());
  }

  /** Mines one block holding {@code txs}, {@code blockTime} after the previous one. */
  public synchronized BlockHeader mine(Tx... txs) {
    return append(List.of(txs));
  }

  public synchronized BlockHeader mine(List<Tx> txs) {
    return append(txs);
  }

  /** Mines {@code count} blocks without transactions; returns the new head. */
  public synchronized BlockHeader mineEmpty(int count) {
    BlockHeader last = blocks.getLast().header();
    for (int i = 0; i < count; i++) {
      last = append(List.of());
    }
    return last;
  }

  /** Lets {@code gap} pass before the next block (on top of the block time). */
  public synchronized void advance(Duration gap) {
    nextTime = nextTime.plus(gap);
  }

  /**
   * Drops the newest {@code depth} blocks: blocks mined next form another branch, with other hashes
   * (a reorganisation, once the new branch is as long as the old).
   */
  public synchronized void rewind(int depth) {
    if (depth <= 0 || depth >= blocks.size()) {
      throw new IllegalArgumentException("cannot rewind " + depth + " of " + blocks.size());
    }
    for (int i = 0; i < depth; i++) {
      blocks.removeLast();
    }
    branch++;
    nextTime = blocks.getLast().header().timestamp().plus(blockTime);
  }

  /** The node refuses {@code eth_getLogs} over more than {@code blocks} blocks from now on. */
  public synchronized void refuseLogRangesOver(int blocks) {
    this.maxLogRange = blocks;
  }

  public synchronized void onCall(CallHandler handler) {
    this.calls = handler;
  }

  /** How many {@code eth_getLogs} calls were made (refused ones included). */
  public int logQueries() {
    return logQueries.get();
  }

  @Override
  public long chainId() {
    return chainId;
  }

  @Override
  public synchronized long headNumber() {
    return blocks.size() - 1;
  }

  @Override
  public synchronized BlockHeader header(long number) {
    if (number < 0 || number >= blocks.size()) {
      throw new EvmRpcException(-32001, "block " + number + " is not known to the node");
    }
    return blocks.get((int) number).header();
  }

  @Override
  public synchronized List<BlockHeader> headers(List<Long> numbers) {
    return numbers.stream().map(this::header).toList();
  }

  @Override
  public synchronized List<EvmLog> logs(LogQuery query) {
    logQueries.incrementAndGet();
    if (query.blocks() > maxLogRange) {
      throw new EvmRpcException(
          -32005, "query exceeds the limit of " + maxLogRange + " blocks: " + query.blocks());
    }
    List<EvmLog> found = new ArrayList<>();
    long to = Math.min(query.toBlock(), blocks.size() - 1L);
    for (long n = query.fromBlock(); n <= to; n++) {
      for (EvmLog log : blocks.get((int) n).logs()) {
        if (query.matches(log)) {
          found.add(log);
        }
      }
    }
    return found;
  }

  @Override
  public synchronized Map<String, TxParties> transactions(Collection<String> hashes) {
    Map<String, TxParties> all = new HashMap<>();
    blocks.forEach(b -> all.putAll(b.txs()));
    Map<String, TxParties> found = new LinkedHashMap<>();
    for (String hash : hashes) {
      TxParties parties = all.get(hash);
      if (parties != null) {
        found.put(hash, parties);
      }
    }
    return found;
  }

  @Override
  public synchronized String call(String to, String data, long block) {
    if (block < 0 || block >= blocks.size()) {
      throw new EvmRpcException(-32001, "block " + block + " is not known to the node");
    }
    String result = calls.call(to, data, block);
    return result == null ? "0x" : result;
  }

  private BlockHeader append(List<Tx> txs) {
    long number = blocks.size();
    String parent = number == 0 ? "0x" + "0".repeat(64) : blocks.getLast().header().hash();
    String hash = Hash.sha3String("block " + number + " of branch " + branch + " after " + parent);
    BlockHeader header = new BlockHeader(number, hash, parent, nextTime);
    nextTime = nextTime.plus(blockTime);
    List<EvmLog> logs = new ArrayList<>();
    Map<String, TxParties> parties = new LinkedHashMap<>();
    int logIndex = 0;
    for (int i = 0; i < txs.size(); i++) {
      Tx tx = txs.get(i);
      String txHash = Hash.sha3String("tx " + i + " in " + hash);
      parties.put(txHash, new TxParties(txHash, lower(tx.from()), lower(tx.to())));
      for (LogSpec spec : tx.logs()) {
        logs.add(
            new EvmLog(
                lower(spec.address()),
                spec.topics(),
                spec.data(),
                number,
                hash,
                txHash,
                logIndex++));
      }
    }
    blocks.add(new Block(header, List.copyOf(logs), parties));
    return header;
  }

  private static String lower(String address) {
    return address == null ? null : address.toLowerCase(Locale.ROOT);
  }
}
