package org.sovereign.supervision.defi.testchain;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Signs EIP-1559 transactions with local keys, tracks nonces itself, sends them raw and polls for
 * receipts. A transaction that reverts fails the step with its name. Not thread-safe: one sender
 * per scenario.
 */
public final class Sender {
  private static final BigInteger PRIORITY_FEE = BigInteger.valueOf(1_000_000_000L);
  private static final Duration RECEIPT_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MAX_POLL = Duration.ofMillis(200);

  /** Added to 125% of the estimate: estimates can fall short by a few storage refunds. */
  private static final BigInteger GAS_MARGIN = BigInteger.valueOf(10_000);

  private static final int SEND_CHUNK = 500;

  private final EvmRpc rpc;
  private final long chainId;
  private final Map<String, BigInteger> nonces = new HashMap<>();

  public Sender(EvmRpc rpc) {
    this.rpc = rpc;
    this.chainId = rpc.chainId();
  }

  public long chainId() {
    return chainId;
  }

  /** Sends one transaction (gas estimated), waits until it is mined and checks it succeeded. */
  public TransactionReceipt send(String step, Credentials from, String to, String data) {
    BigInteger gas = estimate(step, from, to, data);
    String signed = sign(from, to, data, gas, maxFee(rpc.baseFee()));
    String hash = submit(step, from, () -> rpc.sendRaw(signed));
    return requireSuccess(step, awaitReceipt(step, hash));
  }

  /** Deploys creation code (with encoded constructor arguments); the receipt names the contract. */
  public TransactionReceipt deploy(String step, Credentials from, String creationCode) {
    TransactionReceipt receipt = send(step, from, null, creationCode);
    if (receipt.getContractAddress() == null) {
      throw new TestChainException(
          "step '%s': deployment %s created no contract"
              .formatted(step, receipt.getTransactionHash()));
    }
    return receipt;
  }

  /**
   * Sends many transactions with automine off, a block's worth at a time (by their gas limits),
   * mining a block after each: far faster than a block per transaction. Receipts come back in the
   * order of {@code calls}.
   */
  public List<TransactionReceipt> sendBatch(String step, List<Call> calls) {
    BigInteger blockGas = rpc.blockGasLimit();
    List<TransactionReceipt> receipts = new ArrayList<>(calls.size());
    rpc.setAutomine(false);
    try {
      for (List<Call> block : blocks(step, calls, blockGas)) {
        receipts.addAll(sendBlock(step, block));
      }
    } finally {
      rpc.setAutomine(true);
    }
    for (int i = 0; i < receipts.size(); i++) {
      requireSuccess(step + " / " + calls.get(i).label(), receipts.get(i));
    }
    return receipts;
  }

  /**
   * Splits calls so each part fits one block: anvil skips a transaction that does not fit, then
   * drops the same sender's later ones for their nonce gap.
   */
  private static List<List<Call>> blocks(String step, List<Call> calls, BigInteger blockGas) {
    List<List<Call>> blocks = new ArrayList<>();
    List<Call> current = new ArrayList<>();
    BigInteger used = BigInteger.ZERO;
    for (Call call : calls) {
      if (call.gasLimit().compareTo(blockGas) > 0) {
        throw new TestChainException(
            "step '" + step + "': " + call.label() + " asks for more gas than a block holds");
      }
      if (used.add(call.gasLimit()).compareTo(blockGas) > 0) {
        blocks.add(current);
        current = new ArrayList<>();
        used = BigInteger.ZERO;
      }
      current.add(call);
      used = used.add(call.gasLimit());
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }

  private List<TransactionReceipt> sendBlock(String step, List<Call> calls) {
    BigInteger maxFee = maxFee(rpc.baseFee());
    List<String> signed = new ArrayList<>(calls.size());
    for (Call call : calls) {
      signed.add(sign(call.from(), call.to(), call.data(), call.gasLimit(), maxFee));
    }
    List<String> hashes = new ArrayList<>(calls.size());
    for (int i = 0; i < signed.size(); i += SEND_CHUNK) {
      List<String> chunk = signed.subList(i, Math.min(signed.size(), i + SEND_CHUNK));
      hashes.addAll(submit(step, null, () -> rpc.sendRawBatch(chunk)));
    }
    rpc.mine();
    long block = rpc.blockNumber();
    Map<String, TransactionReceipt> mined = new HashMap<>();
    for (TransactionReceipt receipt : rpc.blockReceipts(block)) {
      mined.put(receipt.getTransactionHash(), receipt);
    }
    List<String> missing = hashes.stream().filter(h -> !mined.containsKey(h)).toList();
    if (!missing.isEmpty()) {
      nonces.clear();
      throw new TestChainException(
          "step '%s': block %d left out %d of %d transactions, first %s (fee below the base fee?)"
              .formatted(step, block, missing.size(), hashes.size(), missing.getFirst()));
    }
    return hashes.stream().map(mined::get).toList();
  }

  private BigInteger estimate(String step, Credentials from, String to, String data) {
    try {
      BigInteger estimate = rpc.estimateGas(from.getAddress(), to, data);
      return estimate.multiply(BigInteger.valueOf(5)).divide(BigInteger.valueOf(4)).add(GAS_MARGIN);
    } catch (TestChainException e) {
      throw new TestChainException(
          "step '%s': transaction from %s to %s would revert: %s"
              .formatted(step, from.getAddress(), target(to), e.getMessage()),
          e);
    }
  }

  private String sign(Credentials from, String to, String data, BigInteger gas, BigInteger maxFee) {
    String key = from.getAddress();
    BigInteger nonce = nonces.computeIfAbsent(key, rpc::pendingNonce);
    RawTransaction tx =
        RawTransaction.createTransaction(
            chainId, nonce, gas, to == null ? "" : to, BigInteger.ZERO, data, PRIORITY_FEE, maxFee);
    nonces.put(key, nonce.add(BigInteger.ONE));
    return Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, from));
  }

  private <T> T submit(String step, Credentials from, Supplier<T> send) {
    try {
      return send.get();
    } catch (TestChainException e) {
      nonces.clear(); // some transactions may not have reached the pool: re-read nonces next time
      String who = from == null ? "" : " from " + from.getAddress();
      throw new TestChainException(
          "step '" + step + "': sending" + who + " failed: " + e.getMessage(), e);
    }
  }

  private TransactionReceipt awaitReceipt(String step, String hash) {
    long deadline = System.nanoTime() + RECEIPT_TIMEOUT.toNanos();
    Duration wait = Duration.ofMillis(2);
    while (System.nanoTime() < deadline) {
      Optional<TransactionReceipt> receipt = rpc.receipt(hash);
      if (receipt.isPresent()) {
        return receipt.get();
      }
      sleep(wait);
      wait = wait.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : wait.multipliedBy(2);
    }
    throw new TestChainException(
        "step '%s': transaction %s not mined within %d s (is automine off?)"
            .formatted(step, hash, RECEIPT_TIMEOUT.toSeconds()));
  }

  private static TransactionReceipt requireSuccess(String step, TransactionReceipt receipt) {
    if (!receipt.isStatusOK()) {
      throw new TestChainException(
          "step '%s': transaction %s to %s reverted in block %s (status %s)"
              .formatted(
                  step,
                  receipt.getTransactionHash(),
                  target(receipt.getTo()),
                  receipt.getBlockNumber(),
                  receipt.getStatus()));
    }
    return receipt;
  }

  /** Generous: the price actually paid is the base fee plus the tip. */
  private static BigInteger maxFee(BigInteger baseFee) {
    return baseFee.multiply(BigInteger.valueOf(4)).add(PRIORITY_FEE);
  }

  private static String target(String to) {
    return to == null || to.isEmpty() ? "(new contract)" : to;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestChainException("interrupted while waiting for a receipt");
    }
  }
}
