package org.sovereign.supervision.defi.rpc;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.http.HttpService;

/** {@link EvmRpc} over HTTP with web3j: plain polling, headers and transactions batched. */
public final class Web3jRpc implements EvmRpc {
  private static final int BATCH = 200;

  private final HttpService service;
  private final Web3j web3j;

  public Web3jRpc(String url) {
    this(url, Duration.ofSeconds(60));
  }

  public Web3jRpc(String url, Duration timeout) {
    OkHttpClient client =
        HttpService.getOkHttpClientBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(timeout)
            .callTimeout(timeout)
            .build();
    this.service = new HttpService(url, client);
    this.web3j = Web3j.build(service);
  }

  @Override
  public long chainId() {
    return send(web3j.ethChainId()).getChainId().longValueExact();
  }

  @Override
  public long headNumber() {
    return send(web3j.ethBlockNumber()).getBlockNumber().longValueExact();
  }

  @Override
  public BlockHeader header(long number) {
    return header(send(blockRequest(number)), number);
  }

  @Override
  public List<BlockHeader> headers(List<Long> numbers) {
    List<BlockHeader> headers = new ArrayList<>(numbers.size());
    for (int i = 0; i < numbers.size(); i += BATCH) {
      List<Long> slice = numbers.subList(i, Math.min(numbers.size(), i + BATCH));
      BatchRequest batch = new BatchRequest(service);
      slice.forEach(n -> batch.add(blockRequest(n)));
      List<Response<?>> responses = sendBatch(batch);
      for (int j = 0; j < slice.size(); j++) {
        headers.add(header((EthBlock) checked(responses.get(j)), slice.get(j)));
      }
    }
    return headers;
  }

  @Override
  public List<EvmLog> logs(LogQuery query) {
    EthFilter filter =
        new EthFilter(
            block(query.fromBlock()), block(query.toBlock()), new ArrayList<>(query.addresses()));
    for (List<String> position : query.topics()) {
      if (position.isEmpty()) {
        filter.addNullTopic();
      } else if (position.size() == 1) {
        filter.addSingleTopic(position.get(0));
      } else {
        filter.addOptionalTopics(position.toArray(String[]::new));
      }
    }
    List<EthLog.LogResult<?>> results = send(web3j.ethGetLogs(filter)).getLogs();
    List<EvmLog> logs = new ArrayList<>(results.size());
    for (EthLog.LogResult<?> result : results) {
      if (result instanceof EthLog.LogObject log && !log.isRemoved()) {
        logs.add(convert(log));
      }
    }
    return logs;
  }

  @Override
  public Map<String, TxParties> transactions(Collection<String> hashes) {
    List<String> all = List.copyOf(hashes);
    Map<String, TxParties> parties = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i += BATCH) {
      BatchRequest batch = new BatchRequest(service);
      all.subList(i, Math.min(all.size(), i + BATCH))
          .forEach(h -> batch.add(web3j.ethGetTransactionByHash(h)));
      for (Response<?> response : sendBatch(batch)) {
        ((EthTransaction) checked(response))
            .getTransaction()
            .ifPresent(
                t ->
                    parties.put(
                        Hex.lower(t.getHash()),
                        new TxParties(
                            Hex.lower(t.getHash()),
                            Hex.lower(t.getFrom()),
                            t.getTo() == null ? null : Hex.lower(t.getTo()))));
      }
    }
    return parties;
  }

  @Override
  public String call(String to, String data, long block) {
    EthCall call =
        send(web3j.ethCall(Transaction.createEthCallTransaction(null, to, data), block(block)));
    if (call.isReverted()) {
      throw new EvmRpcException(3, "call to " + to + " reverted: " + call.getRevertReason());
    }
    return call.getValue() == null ? "0x" : Hex.lower(call.getValue());
  }

  @Override
  public void close() {
    web3j.shutdown();
  }

  private Request<?, EthBlock> blockRequest(long number) {
    return web3j.ethGetBlockByNumber(block(number), false);
  }

  private static DefaultBlockParameter block(long number) {
    return DefaultBlockParameter.valueOf(BigInteger.valueOf(number));
  }

  private static BlockHeader header(EthBlock response, long number) {
    EthBlock.Block b = response.getBlock();
    if (b == null) {
      throw new EvmRpcException(-32001, "block " + number + " is not known to the node");
    }
    return new BlockHeader(
        b.getNumber().longValueExact(),
        Hex.lower(b.getHash()),
        Hex.lower(b.getParentHash()),
        Instant.ofEpochSecond(b.getTimestamp().longValueExact()));
  }

  private static EvmLog convert(Log log) {
    List<String> topics = log.getTopics();
    List<String> lower = new ArrayList<>(topics.size());
    for (String t : topics) {
      lower.add(Hex.lower(t));
    }
    return new EvmLog(
        Hex.lower(log.getAddress()),
        lower,
        Hex.lower(log.getData()),
        log.getBlockNumber().longValueExact(),
        Hex.lower(log.getBlockHash()),
        Hex.lower(log.getTransactionHash()),
        log.getLogIndex().intValueExact());
  }

  private static <T extends Response<?>> T send(Request<?, T> request) {
    try {
      return checked(request.send());
    } catch (IOException e) {
      throw new EvmRpcException(request.getMethod() + ": " + e.getMessage(), e);
    }
  }

  private List<Response<?>> sendBatch(BatchRequest batch) {
    try {
      Map<Long, Response<?>> byId = new HashMap<>();
      for (Response<?> r : batch.send().getResponses()) {
        byId.put(r.getId(), r);
      }
      List<Response<?>> ordered = new ArrayList<>(batch.getRequests().size());
      for (Request<?, ?> request : batch.getRequests()) {
        Response<?> r = byId.get(request.getId());
        if (r == null) {
          throw new EvmRpcException(-32603, "batch response lacks request " + request.getId());
        }
        ordered.add(r);
      }
      return ordered;
    } catch (IOException e) {
      throw new EvmRpcException("batch: " + e.getMessage(), e);
    }
  }

  private static <T extends Response<?>> T checked(T response) {
    if (response.hasError()) {
      throw new EvmRpcException(response.getError().getCode(), response.getError().getMessage());
    }
    return response;
  }
}
