package org.sovereign.supervision.defi.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.sovereign.supervision.defi.sim.EventLogs;
import org.sovereign.supervision.defi.sim.LogSpec;

/** The hand-written decoder reads every monitored event as web3j's generic decoder does. */
class DefiLogDecoderTest {
  private static final String A = "0x1111111111111111111111111111111111111111";
  private static final String B = "0xabcdef0123456789abcdef0123456789abcdef01";
  private static final String C = "0x00000000000000000000000000000000000000c0";
  private final LogDecoder hand = new LogDecoder();
  private final Web3jLogDecoder generic = new Web3jLogDecoder();

  private static EvmLog mined(LogSpec spec) {
    return new EvmLog(
        spec.address(),
        spec.topics(),
        spec.data(),
        7,
        "0x" + "1".repeat(64),
        "0x" + "2".repeat(64),
        0);
  }

  @Test
  void signatureTopics_shouldEqualWeb3jEncodingOfTheTypedEvents() {
    for (EventKind kind : EventKind.values()) {
      assertThat(kind.topic0()).as(kind.name()).isEqualTo(Web3jLogDecoder.topic0(kind));
    }
  }

  @Test
  void everyMonitoredEvent_shouldDecodeAsWeb3jDecodesIt() {
    BigInteger big = BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(12345));
    BigInteger r112 = BigInteger.ONE.shiftLeft(112).subtract(BigInteger.ONE);
    List<LogSpec> specs =
        List.of(
            EventLogs.transfer(A, B, C, big),
            EventLogs.transfer(A, EventLogs.ZERO_ADDRESS, C, BigInteger.ONE),
            EventLogs.sync(A, r112, BigInteger.ZERO),
            EventLogs.swap(A, B, BigInteger.TEN, BigInteger.ZERO, BigInteger.ZERO, big, C),
            EventLogs.liquidityAdded(A, B, BigInteger.TWO, BigInteger.valueOf(3)),
            EventLogs.liquidityRemoved(A, B, BigInteger.TWO, BigInteger.valueOf(3), C),
            EventLogs.answerUpdated(
                A,
                BigInteger.valueOf(-250_000_000L),
                BigInteger.valueOf(9),
                BigInteger.valueOf(1_700_000_000L)),
            EventLogs.answerUpdated(A, BigInteger.valueOf(2_000_00000000L), big, BigInteger.ONE),
            EventLogs.ownershipTransferred(A, B, C),
            EventLogs.roleGranted(A, EventLogs.role("MINTER_ROLE"), B, C),
            EventLogs.roleRevoked(A, EventLogs.DEFAULT_ADMIN_ROLE, B, C),
            EventLogs.upgraded(A, B),
            EventLogs.beaconUpgraded(A, C),
            EventLogs.adminChanged(A, B, C),
            EventLogs.paused(A, B),
            EventLogs.unpaused(A, C));
    for (LogSpec spec : specs) {
      EvmLog log = mined(spec);
      DecodedEvent decoded = hand.decode(log);
      assertThat(decoded).as(spec.toString()).isNotNull().isEqualTo(generic.decode(log));
    }
  }

  @Test
  void randomAmounts_shouldDecodeExactly() {
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      BigInteger amount = new BigInteger(1 + random.nextInt(256), random);
      DecodedEvent decoded = hand.decode(mined(EventLogs.transfer(A, B, C, amount)));
      assertThat(decoded).isEqualTo(new DecodedEvent.Transfer(B, C, amount));
    }
  }

  @Test
  void erc721Transfer_shouldNotDecodeAsAnErc20Transfer() {
    LogSpec erc20 = EventLogs.transfer(A, B, C, BigInteger.ONE);
    List<String> topics = new java.util.ArrayList<>(erc20.topics());
    topics.add("0x" + "0".repeat(63) + "1");
    EvmLog nft = new EvmLog(A, topics, "0x", 1, "0x" + "1".repeat(64), "0x" + "2".repeat(64), 0);
    assertThat(hand.decode(nft)).isNull();
    assertThat(generic.decode(nft)).isNull();
  }

  @Test
  void unknownOrMalformedLogs_shouldNotDecode() {
    LogSpec transfer = EventLogs.transfer(A, B, C, BigInteger.ONE);
    EvmLog unknown = new EvmLog(A, List.of("0x" + "9".repeat(64)), "0x", 1, "0x", "0x", 0);
    EvmLog shortData = mined(new LogSpec(A, transfer.topics(), "0x1234"));
    String dirty = "0x" + "f".repeat(24) + B.substring(2);
    EvmLog dirtyAddress =
        mined(
            new LogSpec(
                A,
                List.of(transfer.topics().get(0), dirty, transfer.topics().get(2)),
                transfer.data()));
    assertThat(hand.decode(unknown)).isNull();
    assertThat(hand.decode(shortData)).isNull();
    assertThat(hand.decode(dirtyAddress)).isNull();
    assertThat(hand.decode(new EvmLog(A, List.of(), "0x", 1, "0x", "0x", 0))).isNull();
  }
}
