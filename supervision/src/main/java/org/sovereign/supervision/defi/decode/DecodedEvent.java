package org.sovereign.supervision.defi.decode;

import java.math.BigInteger;

/** A decoded log's arguments; addresses are lower-case {@code 0x} hex, numbers exact. */
public sealed interface DecodedEvent {
  EventKind kind();

  record Transfer(String from, String to, BigInteger amount) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.TRANSFER;
    }
  }

  record Sync(BigInteger reserve0, BigInteger reserve1) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.SYNC;
    }
  }

  record Swap(
      String sender,
      BigInteger amount0In,
      BigInteger amount1In,
      BigInteger amount0Out,
      BigInteger amount1Out,
      String to)
      implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.SWAP;
    }
  }

  record LiquidityAdded(String sender, BigInteger amount0, BigInteger amount1)
      implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.LIQUIDITY_ADDED;
    }
  }

  record LiquidityRemoved(String sender, BigInteger amount0, BigInteger amount1, String to)
      implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.LIQUIDITY_REMOVED;
    }
  }

  record AnswerUpdated(BigInteger current, BigInteger roundId, BigInteger updatedAt)
      implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.ANSWER_UPDATED;
    }
  }

  record OwnershipTransferred(String previousOwner, String newOwner) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.OWNERSHIP_TRANSFERRED;
    }
  }

  /** {@code granted} false: a {@code RoleRevoked}. */
  record RoleChanged(boolean granted, String role, String account, String sender)
      implements DecodedEvent {
    @Override
    public EventKind kind() {
      return granted ? EventKind.ROLE_GRANTED : EventKind.ROLE_REVOKED;
    }
  }

  record Upgraded(String implementation) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.UPGRADED;
    }
  }

  record AdminChanged(String previousAdmin, String newAdmin) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.ADMIN_CHANGED;
    }
  }

  record BeaconUpgraded(String beacon) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return EventKind.BEACON_UPGRADED;
    }
  }

  /** {@code paused} false: an {@code Unpaused}. */
  record PauseChanged(boolean paused, String account) implements DecodedEvent {
    @Override
    public EventKind kind() {
      return paused ? EventKind.PAUSED : EventKind.UNPAUSED;
    }
  }
}
