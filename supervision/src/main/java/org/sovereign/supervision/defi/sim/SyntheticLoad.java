package org.sovereign.supervision.defi.sim;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sovereign.base.OrgId;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.DefiPlatforms;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.web3j.crypto.Hash;

/**
 * A realistic mix of logs for benchmarks, ABI-encoded by web3j: rounds of two transfers between
 * traders and one constant-product swap on a declared pool (two transfers, {@code Sync}, {@code
 * Swap}), with an oracle answer every few blocks. Seeded, so every run sees the same logs.
 */
public final class SyntheticLoad {
  public static final String TOKEN_A = "0x00000000000000000000000000000000000a0001";
  public static final String TOKEN_B = "0x00000000000000000000000000000000000b0002";
  public static final String PAIR = "0x0000000000000000000000000000000000c00003";
  public static final String ORACLE = "0x0000000000000000000000000000000000d00004";

  /** The platform, its logs in chain order, and each block's time. */
  public record Load(Platform platform, List<EvmLog> logs, Map<Long, Instant> times) {}

  private SyntheticLoad() {}

  public static Platform platform() {
    return DefiPlatforms.check(
        new OrgId(1),
        new PlatformRequest(
            31337L,
            1L,
            null,
            List.of(
                ContractRequest.token(TOKEN_A, "Token A", "TKA", 18),
                ContractRequest.token(TOKEN_B, "Token B", "TKB", 18),
                ContractRequest.pool(PAIR, "TKA/TKB pool", TOKEN_A, TOKEN_B, TOKEN_A),
                ContractRequest.oracle(ORACLE, "TKB/TKA feed", 8, TOKEN_B)),
            List.of()));
  }

  /** {@code rounds} rounds (six logs each), {@code perBlock} rounds per block, from block 1. */
  public static Load generate(int rounds, int perBlock, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BigInteger r0 = BigInteger.TEN.pow(24);
    BigInteger r1 = BigInteger.TEN.pow(20).multiply(BigInteger.valueOf(5));
    List<EvmLog> logs = new ArrayList<>(rounds * 6 + rounds / perBlock + 1);
    Map<Long, Instant> times = new HashMap<>();
    Instant genesis = Instant.parse("2026-01-01T00:00:00Z");
    long block = 1;
    int index = 0;
    String blockHash = hash("block", block);
    for (int i = 0; i < rounds; i++) {
      if (i > 0 && i % perBlock == 0) {
        block++;
        index = 0;
        blockHash = hash("block", block);
      }
      times.put(block, genesis.plusSeconds(12 * block));
      if (i % perBlock == 0 && block % 5 == 0) {
        BigInteger price = r0.multiply(BigInteger.TEN.pow(8)).divide(r1);
        logs.add(
            mined(
                EventLogs.answerUpdated(
                    ORACLE, price, BigInteger.valueOf(block), BigInteger.valueOf(block)),
                block,
                blockHash,
                hash("oracle", block),
                index++));
      }
      String a = trader(random);
      String b = trader(random);
      String tx = hash("tx", i);
      logs.add(
          mined(
              EventLogs.transfer(TOKEN_A, a, b, amount(random)),
              block,
              blockHash,
              hash("t", i),
              index++));
      logs.add(
          mined(
              EventLogs.transfer(TOKEN_B, b, a, amount(random)),
              block,
              blockHash,
              hash("u", i),
              index++));
      BigInteger share = BigInteger.valueOf(1 + random.nextInt(10));
      BigInteger[] amounts;
      if (random.nextBoolean()) {
        BigInteger in = r0.multiply(share).divide(BigInteger.valueOf(10_000));
        BigInteger out = out(in, r0, r1);
        logs.add(mined(EventLogs.transfer(TOKEN_A, a, PAIR, in), block, blockHash, tx, index++));
        logs.add(mined(EventLogs.transfer(TOKEN_B, PAIR, a, out), block, blockHash, tx, index++));
        r0 = r0.add(in);
        r1 = r1.subtract(out);
        amounts = new BigInteger[] {in, BigInteger.ZERO, BigInteger.ZERO, out};
      } else {
        BigInteger in = r1.multiply(share).divide(BigInteger.valueOf(10_000));
        BigInteger out = out(in, r1, r0);
        logs.add(mined(EventLogs.transfer(TOKEN_B, a, PAIR, in), block, blockHash, tx, index++));
        logs.add(mined(EventLogs.transfer(TOKEN_A, PAIR, a, out), block, blockHash, tx, index++));
        r1 = r1.add(in);
        r0 = r0.subtract(out);
        amounts = new BigInteger[] {BigInteger.ZERO, in, out, BigInteger.ZERO};
      }
      logs.add(mined(EventLogs.sync(PAIR, r0, r1), block, blockHash, tx, index++));
      logs.add(
          mined(
              EventLogs.swap(PAIR, a, amounts[0], amounts[1], amounts[2], amounts[3], a),
              block,
              blockHash,
              tx,
              index++));
    }
    return new Load(platform(), List.copyOf(logs), times);
  }

  private static BigInteger out(BigInteger in, BigInteger reserveIn, BigInteger reserveOut) {
    BigInteger withFee = in.multiply(BigInteger.valueOf(997));
    return withFee
        .multiply(reserveOut)
        .divide(reserveIn.multiply(BigInteger.valueOf(1000)).add(withFee));
  }

  private static BigInteger amount(SplittableRandom random) {
    return BigInteger.valueOf(random.nextLong(1, Long.MAX_VALUE))
        .multiply(BigInteger.valueOf(1 + random.nextInt(1000)));
  }

  private static String trader(SplittableRandom random) {
    return String.format("0x%040x", 0x1000 + random.nextInt(256));
  }

  private static EvmLog mined(LogSpec spec, long block, String blockHash, String tx, int index) {
    return new EvmLog(spec.address(), spec.topics(), spec.data(), block, blockHash, tx, index);
  }

  private static String hash(String what, long n) {
    return Hash.sha3String(what + " " + n);
  }
}
