package org.sovereign.supervision.defi.testchain;

import static org.sovereign.supervision.defi.testchain.Abi.address;
import static org.sovereign.supervision.defi.testchain.Abi.uint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.crypto.Credentials;

/**
 * Seeded everyday traffic: small swaps that come in pairs (the same trader sells an amount of one
 * token, then the same amount of the other, so the pool stays balanced), small transfers between
 * traders, and an oracle update within ±1% of the start price every {@value #ORACLE_EVERY} actions.
 * Sent in batches with automine off.
 */
final class BenignActivity {
  static final int ORACLE_EVERY = 250;
  private static final int SWAP_PERCENT = 65;
  private static final long SWAP_GAS = 150_000;
  private static final long TRANSFER_GAS = 70_000;
  private static final long ORACLE_GAS = 70_000;

  private final Sender sender;
  private final ScenarioManifest manifest;
  private final Credentials admin;
  private final List<Credentials> traders;
  private final Random random;
  private long actionsSoFar;
  private PlannedSwap reverse;

  private record PlannedSwap(Credentials trader, BigInteger amount, boolean sellPkrt) {}

  BenignActivity(
      Sender sender,
      ScenarioManifest manifest,
      Credentials admin,
      List<Credentials> traders,
      long seed) {
    this.sender = sender;
    this.manifest = manifest;
    this.admin = admin;
    this.traders = List.copyOf(traders);
    this.random = new Random(seed);
  }

  /** Sends {@code actions} swaps and transfers (plus the oracle updates due on the way). */
  List<StepTx> run(int actions) {
    List<Call> calls = plan(actions);
    return ScenarioSteps.txs(calls, sender.sendBatch("benignActivity", calls));
  }

  private List<Call> plan(int actions) {
    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < actions; i++, actionsSoFar++) {
      if (actionsSoFar % ORACLE_EVERY == 0) {
        calls.add(oracleUpdate());
      }
      calls.add(random.nextInt(100) < SWAP_PERCENT ? swap() : transfer());
    }
    return calls;
  }

  private Call swap() {
    PlannedSwap swap = reverse;
    if (swap == null) {
      BigInteger amount = Tokens.cents(1_000 + random.nextInt(49_000)); // 10.00 to 500.00
      swap = new PlannedSwap(pick(), amount, random.nextBoolean());
      reverse = new PlannedSwap(swap.trader(), amount, !swap.sellPkrt());
    } else {
      reverse = null;
    }
    String in = swap.sellPkrt() ? manifest.pkrt() : manifest.usdx();
    String out = swap.sellPkrt() ? manifest.usdx() : manifest.pkrt();
    String trader = swap.trader().getAddress();
    String data = UniswapCalls.swapExactIn(swap.amount(), in, out, trader);
    return Call.of("swap by " + trader, swap.trader(), manifest.uniswapRouter(), data, SWAP_GAS);
  }

  private Call transfer() {
    Credentials from = pick();
    Credentials to = pick();
    while (to == from) {
      to = pick();
    }
    String token = random.nextBoolean() ? manifest.usdx() : manifest.pkrt();
    BigInteger amount = Tokens.cents(100 + random.nextInt(19_900)); // 1.00 to 200.00
    String data = Abi.call("transfer", address(to.getAddress()), uint(amount));
    return Call.of("transfer by " + from.getAddress(), from, token, data, TRANSFER_GAS);
  }

  private Call oracleUpdate() {
    long start = ScenarioDeployer.ORACLE_START.longValueExact();
    long wiggle = start / 100; // ±1%
    BigInteger answer = BigInteger.valueOf(start - wiggle + random.nextLong(2 * wiggle + 1));
    String data = Abi.call("updateAnswer", new Int256(answer));
    return Call.of("oracle update", admin, manifest.oracle(), data, ORACLE_GAS);
  }

  private Credentials pick() {
    return traders.get(random.nextInt(traders.size()));
  }
}
