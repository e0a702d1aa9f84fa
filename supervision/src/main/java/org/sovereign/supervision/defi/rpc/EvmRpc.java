package org.sovereign.supervision.defi.rpc;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The read-only JSON-RPC calls the DeFi monitor makes of an EVM node. Polled, never subscribed:
 * every call is safe to repeat. Failures throw {@link EvmRpcException}.
 */
public interface EvmRpc extends AutoCloseable {
  long chainId();

  long headNumber();

  /** The header of block {@code number}; throws when the node has no such block. */
  BlockHeader header(long number);

  /** Headers of several blocks, in the order asked (batched where the node allows). */
  List<BlockHeader> headers(List<Long> numbers);

  /** The logs matching {@code query}, in chain order. */
  List<EvmLog> logs(LogQuery query);

  /** Sender and callee of each transaction, by hash (batched); unknown hashes are left out. */
  Map<String, TxParties> transactions(Collection<String> hashes);

  /**
   * {@code eth_call} of {@code data} on {@code to} at block {@code block}: the returned bytes as
   * {@code 0x} hex ({@code "0x"} when the account has no code then).
   */
  String call(String to, String data, long block);

  @Override
  default void close() {}
}
