package org.sovereign.supervision.defi.testchain;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * JSON-RPC to a local node over HTTP: the standard calls the scenario needs plus anvil's mining
 * controls. Every failure names the method and the node's error. Request/response only: no filters
 * or subscriptions.
 */
public final class EvmRpc implements AutoCloseable {
  private final OkHttpClient http;
  private final HttpService service;
  private final Web3j web3j;

  private EvmRpc(String url) {
    this.http =
        new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(60))
            .readTimeout(Duration.ofSeconds(60))
            .build();
    this.service = new HttpService(url, http);
    // Web3j.build(service) would share web3j's static executor, and shutdown() would stop it for
    // every other client in the JVM: give this client its own.
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("web3j-" + url).unstarted(r));
    this.web3j = Web3j.build(service, 1_000, executor);
  }

  public static EvmRpc connect(String url) {
    return new EvmRpc(url);
  }

  /** The underlying client, for reads this class does not wrap (e.g. {@code eth_getLogs}). */
  public Web3j web3j() {
    return web3j;
  }

  public long chainId() {
    return send("eth_chainId", web3j.ethChainId()).getChainId().longValueExact();
  }

  public long blockNumber() {
    return send("eth_blockNumber", web3j.ethBlockNumber()).getBlockNumber().longValueExact();
  }

  public BigInteger baseFee() {
    return latestBlock().getBaseFeePerGas();
  }

  public BigInteger blockGasLimit() {
    return latestBlock().getGasLimit();
  }

  private EthBlock.Block latestBlock() {
    return send(
            "eth_getBlockByNumber",
            web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false))
        .getBlock();
  }

  /** The next nonce of {@code address}, counting transactions still in the pool. */
  public BigInteger pendingNonce(String address) {
    return send(
            "eth_getTransactionCount",
            web3j.ethGetTransactionCount(address, DefaultBlockParameterName.PENDING))
        .getTransactionCount();
  }

  public String sendRaw(String signedHex) {
    return send("eth_sendRawTransaction", web3j.ethSendRawTransaction(signedHex))
        .getTransactionHash();
  }

  /** Sends signed transactions in one JSON-RPC batch; the hashes come back in the same order. */
  public List<String> sendRawBatch(List<String> signedHex) {
    BatchRequest batch = web3j.newBatch();
    signedHex.forEach(tx -> batch.add(web3j.ethSendRawTransaction(tx)));
    List<String> hashes = new ArrayList<>(signedHex.size());
    for (Response<?> response : sendBatch("eth_sendRawTransaction", batch)) {
      hashes.add(String.valueOf(checked("eth_sendRawTransaction", response).getResult()));
    }
    return hashes;
  }

  public Optional<TransactionReceipt> receipt(String txHash) {
    return send("eth_getTransactionReceipt", web3j.ethGetTransactionReceipt(txHash))
        .getTransactionReceipt();
  }

  public List<TransactionReceipt> blockReceipts(long block) {
    return send(
            "eth_getBlockReceipts",
            web3j.ethGetBlockReceipts(DefaultBlockParameter.valueOf(BigInteger.valueOf(block))))
        .getBlockReceipts()
        .orElseThrow(() -> new TestChainException("eth_getBlockReceipts: no block " + block));
  }

  /** {@code eth_call} at the latest block; the raw return data. */
  public String call(String to, String data) {
    Transaction call = Transaction.createEthCallTransaction(null, to, data);
    var response = send("eth_call", web3j.ethCall(call, DefaultBlockParameterName.LATEST));
    if (response.isReverted()) {
      throw new TestChainException(
          "eth_call to " + to + " reverted: " + response.getRevertReason());
    }
    return response.getValue();
  }

  /** {@code eth_estimateGas}; a transaction that would revert fails here with the node's reason. */
  public BigInteger estimateGas(String from, String to, String data) {
    Transaction tx = Transaction.createFunctionCallTransaction(from, null, null, null, to, data);
    return send("eth_estimateGas", web3j.ethEstimateGas(tx)).getAmountUsed();
  }

  /** anvil: with automine off, sent transactions wait in the pool until {@link #mine()}. */
  public void setAutomine(boolean on) {
    anvil("evm_setAutomine", List.of(on));
  }

  /** anvil: mines one block from the pool (as many pending transactions as fit). */
  public void mine() {
    anvil("evm_mine", List.of());
  }

  @Override
  public void close() {
    web3j.shutdown();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private void anvil(String method, List<Object> params) {
    send(method, new Request<>(method, params, service, AnyResponse.class));
  }

  private static <T extends Response<?>> T send(String method, Request<?, T> request) {
    try {
      return checked(method, request.send());
    } catch (IOException e) {
      throw new TestChainException(method + " failed: " + e.getMessage(), e);
    }
  }

  private static List<? extends Response<?>> sendBatch(String method, BatchRequest batch) {
    try {
      return batch.send().getResponses();
    } catch (IOException e) {
      throw new TestChainException(method + " batch failed: " + e.getMessage(), e);
    }
  }

  private static <T extends Response<?>> T checked(String method, T response) {
    if (response.hasError()) {
      Response.Error error = response.getError();
      String data = error.getData() == null ? "" : " (data " + error.getData() + ")";
      throw new TestChainException(
          method + " failed: " + error.getMessage() + " [code " + error.getCode() + "]" + data);
    }
    return response;
  }

  /** A response whose result nobody reads (anvil's mining controls). */
  static final class AnyResponse extends Response<Object> {}
}
