package org.sovereign.supervision.defi.decode;

import static org.sovereign.supervision.defi.decode.Words.address;
import static org.sovereign.supervision.defi.decode.Words.at;
import static org.sovereign.supervision.defi.decode.Words.uint;
import static org.sovereign.supervision.defi.decode.Words.words;

import java.math.BigInteger;
import java.util.List;
import org.sovereign.supervision.defi.rpc.EvmLog;

/**
 * Decodes the monitored events by a switch on the signature topic, reading the fixed 32-byte words
 * directly. Logs of other shapes under a known signature (an ERC-721 {@code Transfer} has a fourth
 * topic and no data) are not decoded: {@link #decode} returns null for them.
 */
public final class LogDecoder implements EventDecoder {
  @Override
  public DecodedEvent decode(EvmLog log) {
    List<String> topics = log.topics();
    if (topics.isEmpty()) {
      return null;
    }
    EventKind kind = EventKind.byTopic(topics.get(0));
    if (kind == null) {
      return null;
    }
    for (int i = 1; i < topics.size(); i++) {
      if (topics.get(i).length() != at(1)) {
        return null;
      }
    }
    String data = log.data();
    return switch (kind) {
      case TRANSFER -> transfer(topics, data);
      case SYNC -> shape(topics, 1, data, 2) ? sync(data) : null;
      case SWAP -> shape(topics, 3, data, 4) ? swap(topics, data) : null;
      case LIQUIDITY_ADDED -> shape(topics, 2, data, 2) ? added(topics, data) : null;
      case LIQUIDITY_REMOVED -> shape(topics, 3, data, 2) ? removed(topics, data) : null;
      case ANSWER_UPDATED -> shape(topics, 3, data, 1) ? answer(topics, data) : null;
      case OWNERSHIP_TRANSFERRED -> shape(topics, 3, data, 0) ? ownership(topics) : null;
      case ROLE_GRANTED, ROLE_REVOKED -> shape(topics, 4, data, 0) ? role(kind, topics) : null;
      case UPGRADED ->
          shape(topics, 2, data, 0)
              ? nonNull(address(topics.get(1), 2), DecodedEvent.Upgraded::new)
              : null;
      case BEACON_UPGRADED ->
          shape(topics, 2, data, 0)
              ? nonNull(address(topics.get(1), 2), DecodedEvent.BeaconUpgraded::new)
              : null;
      case ADMIN_CHANGED -> shape(topics, 1, data, 2) ? adminChanged(data) : null;
      case PAUSED, UNPAUSED -> shape(topics, 1, data, 1) ? pause(kind, data) : null;
    };
  }

  private static boolean shape(List<String> topics, int topicCount, String data, int dataWords) {
    return topics.size() == topicCount && words(data, dataWords);
  }

  private static DecodedEvent transfer(List<String> topics, String data) {
    if (!shape(topics, 3, data, 1)) {
      return null;
    }
    String from = address(topics.get(1), 2);
    String to = address(topics.get(2), 2);
    BigInteger amount = uint(data, at(0));
    return from == null || to == null || amount == null
        ? null
        : new DecodedEvent.Transfer(from, to, amount);
  }

  private static DecodedEvent sync(String data) {
    BigInteger r0 = uint(data, at(0));
    BigInteger r1 = uint(data, at(1));
    return r0 == null || r1 == null ? null : new DecodedEvent.Sync(r0, r1);
  }

  private static DecodedEvent swap(List<String> topics, String data) {
    String sender = address(topics.get(1), 2);
    String to = address(topics.get(2), 2);
    BigInteger a0In = uint(data, at(0));
    BigInteger a1In = uint(data, at(1));
    BigInteger a0Out = uint(data, at(2));
    BigInteger a1Out = uint(data, at(3));
    if (sender == null || to == null || a0In == null || a1In == null) {
      return null;
    }
    return a0Out == null || a1Out == null
        ? null
        : new DecodedEvent.Swap(sender, a0In, a1In, a0Out, a1Out, to);
  }

  private static DecodedEvent added(List<String> topics, String data) {
    String sender = address(topics.get(1), 2);
    BigInteger a0 = uint(data, at(0));
    BigInteger a1 = uint(data, at(1));
    return sender == null || a0 == null || a1 == null
        ? null
        : new DecodedEvent.LiquidityAdded(sender, a0, a1);
  }

  private static DecodedEvent removed(List<String> topics, String data) {
    String sender = address(topics.get(1), 2);
    String to = address(topics.get(2), 2);
    BigInteger a0 = uint(data, at(0));
    BigInteger a1 = uint(data, at(1));
    return sender == null || to == null || a0 == null || a1 == null
        ? null
        : new DecodedEvent.LiquidityRemoved(sender, a0, a1, to);
  }

  private static DecodedEvent answer(List<String> topics, String data) {
    BigInteger current = Words.int256(topics.get(1), 2);
    BigInteger round = uint(topics.get(2), 2);
    BigInteger updatedAt = uint(data, at(0));
    return current == null || round == null || updatedAt == null
        ? null
        : new DecodedEvent.AnswerUpdated(current, round, updatedAt);
  }

  private static DecodedEvent ownership(List<String> topics) {
    String previous = address(topics.get(1), 2);
    String next = address(topics.get(2), 2);
    return previous == null || next == null
        ? null
        : new DecodedEvent.OwnershipTransferred(previous, next);
  }

  private static DecodedEvent role(EventKind kind, List<String> topics) {
    String role = Words.bytes32(topics.get(1), 2);
    String account = address(topics.get(2), 2);
    String sender = address(topics.get(3), 2);
    return role == null || account == null || sender == null
        ? null
        : new DecodedEvent.RoleChanged(kind == EventKind.ROLE_GRANTED, role, account, sender);
  }

  private static DecodedEvent adminChanged(String data) {
    String previous = address(data, at(0));
    String next = address(data, at(1));
    return previous == null || next == null ? null : new DecodedEvent.AdminChanged(previous, next);
  }

  private static DecodedEvent pause(EventKind kind, String data) {
    String account = address(data, at(0));
    return account == null
        ? null
        : new DecodedEvent.PauseChanged(kind == EventKind.PAUSED, account);
  }

  private static DecodedEvent nonNull(
      String value, java.util.function.Function<String, DecodedEvent> make) {
    return value == null ? null : make.apply(value);
  }
}
