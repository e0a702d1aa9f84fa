package org.sovereign.supervision.defi.decode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sovereign.supervision.defi.rpc.EvmLog;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint112;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * The same events decoded with web3j's generic ABI decoder (type references, reflection). Kept as
 * the reference the hand-written {@link LogDecoder} is tested and benchmarked against.
 */
public final class Web3jLogDecoder implements EventDecoder {
  private record Spec(Event event, Function<List<Type<?>>, DecodedEvent> build) {}

  private static final Map<EventKind, Spec> SPECS = new EnumMap<>(EventKind.class);

  static {
    spec(
        EventKind.TRANSFER,
        "Transfer",
        v -> new DecodedEvent.Transfer(addr(v, 0), addr(v, 1), num(v, 2)),
        ref(Address.class, true),
        ref(Address.class, true),
        ref(Uint256.class, false));
    spec(
        EventKind.SYNC,
        "Sync",
        v -> new DecodedEvent.Sync(num(v, 0), num(v, 1)),
        ref(Uint112.class, false),
        ref(Uint112.class, false));
    spec(
        EventKind.SWAP,
        "Swap",
        v ->
            new DecodedEvent.Swap(
                addr(v, 0), num(v, 1), num(v, 2), num(v, 3), num(v, 4), addr(v, 5)),
        ref(Address.class, true),
        ref(Uint256.class, false),
        ref(Uint256.class, false),
        ref(Uint256.class, false),
        ref(Uint256.class, false),
        ref(Address.class, true));
    spec(
        EventKind.LIQUIDITY_ADDED,
        "Mint",
        v -> new DecodedEvent.LiquidityAdded(addr(v, 0), num(v, 1), num(v, 2)),
        ref(Address.class, true),
        ref(Uint256.class, false),
        ref(Uint256.class, false));
    spec(
        EventKind.LIQUIDITY_REMOVED,
        "Burn",
        v -> new DecodedEvent.LiquidityRemoved(addr(v, 0), num(v, 1), num(v, 2), addr(v, 3)),
        ref(Address.class, true),
        ref(Uint256.class, false),
        ref(Uint256.class, false),
        ref(Address.class, true));
    spec(
        EventKind.ANSWER_UPDATED,
        "AnswerUpdated",
        v -> new DecodedEvent.AnswerUpdated(num(v, 0), num(v, 1), num(v, 2)),
        ref(Int256.class, true),
        ref(Uint256.class, true),
        ref(Uint256.class, false));
    spec(
        EventKind.OWNERSHIP_TRANSFERRED,
        "OwnershipTransferred",
        v -> new DecodedEvent.OwnershipTransferred(addr(v, 0), addr(v, 1)),
        ref(Address.class, true),
        ref(Address.class, true));
    for (EventKind kind : List.of(EventKind.ROLE_GRANTED, EventKind.ROLE_REVOKED)) {
      spec(
          kind,
          kind == EventKind.ROLE_GRANTED ? "RoleGranted" : "RoleRevoked",
          v ->
              new DecodedEvent.RoleChanged(
                  kind == EventKind.ROLE_GRANTED,
                  Numeric.toHexString(((Bytes32) v.get(0)).getValue()),
                  addr(v, 1),
                  addr(v, 2)),
          ref(Bytes32.class, true),
          ref(Address.class, true),
          ref(Address.class, true));
    }
    spec(
        EventKind.UPGRADED,
        "Upgraded",
        v -> new DecodedEvent.Upgraded(addr(v, 0)),
        ref(Address.class, true));
    spec(
        EventKind.BEACON_UPGRADED,
        "BeaconUpgraded",
        v -> new DecodedEvent.BeaconUpgraded(addr(v, 0)),
        ref(Address.class, true));
    spec(
        EventKind.ADMIN_CHANGED,
        "AdminChanged",
        v -> new DecodedEvent.AdminChanged(addr(v, 0), addr(v, 1)),
        ref(Address.class, false),
        ref(Address.class, false));
    for (EventKind kind : List.of(EventKind.PAUSED, EventKind.UNPAUSED)) {
      spec(
          kind,
          kind == EventKind.PAUSED ? "Paused" : "Unpaused",
          v -> new DecodedEvent.PauseChanged(kind == EventKind.PAUSED, addr(v, 0)),
          ref(Address.class, false));
    }
  }

  // web3j declares its decoder with the raw Type (List<TypeReference<Type>>, List<Type>)
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Override
  public DecodedEvent decode(EvmLog log) {
    EventKind kind = EventKind.byTopic(log.topic0());
    if (kind == null) {
      return null;
    }
    Spec spec = SPECS.get(kind);
    List<TypeReference<Type>> indexed = spec.event().getIndexedParameters();
    List<TypeReference<Type>> plain = spec.event().getNonIndexedParameters();
    if (log.topics().size() != indexed.size() + 1 || log.data().length() != 2 + 64 * plain.size()) {
      return null;
    }
    List<Type> data = FunctionReturnDecoder.decode(log.data(), plain);
    List values = new ArrayList<>();
    int topic = 1;
    int word = 0;
    for (TypeReference<Type> parameter : spec.event().getParameters()) {
      values.add(
          parameter.isIndexed()
              ? FunctionReturnDecoder.decodeIndexedValue(log.topics().get(topic++), parameter)
              : data.get(word++));
    }
    return spec.build().apply((List<Type<?>>) values);
  }

  /** The event's signature hash as web3j computes it from the type references. */
  static String topic0(EventKind kind) {
    return EventEncoder.encode(SPECS.get(kind).event());
  }

  private static void spec(
      EventKind kind,
      String name,
      Function<List<Type<?>>, DecodedEvent> build,
      TypeReference<?>... parameters) {
    SPECS.put(kind, new Spec(new Event(name, List.of(parameters)), build));
  }

  private static <T extends Type<?>> TypeReference<T> ref(Class<T> type, boolean indexed) {
    return TypeReference.create(type, indexed);
  }

  private static String addr(List<Type<?>> values, int i) {
    return ((Address) values.get(i)).getValue();
  }

  private static BigInteger num(List<Type<?>> values, int i) {
    return (BigInteger) values.get(i).getValue();
  }
}
