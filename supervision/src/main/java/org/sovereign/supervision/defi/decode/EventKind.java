package org.sovereign.supervision.defi.decode;

import java.util.HashMap;
import java.util.Map;
import org.web3j.abi.EventEncoder;

/**
 * The events the monitor decodes, by their Solidity signature; {@link #topic0()} is the signature's
 * Keccak-256 hash, computed here rather than typed in.
 */
public enum EventKind {
  /** ERC-20 {@code Transfer(address indexed from, address indexed to, uint256 value)}. */
  TRANSFER("Transfer(address,address,uint256)"),
  /** Uniswap V2 pair {@code Sync(uint112 reserve0, uint112 reserve1)}. */
  SYNC("Sync(uint112,uint112)"),
  /** Uniswap V2 pair {@code Swap(address indexed sender, 4 × uint, address indexed to)}. */
  SWAP("Swap(address,uint256,uint256,uint256,uint256,address)"),
  /** Uniswap V2 pair {@code Mint(address indexed sender, uint amount0, uint amount1)}. */
  LIQUIDITY_ADDED("Mint(address,uint256,uint256)"),
  /** Uniswap V2 pair {@code Burn(address indexed sender, uint, uint, address indexed to)}. */
  LIQUIDITY_REMOVED("Burn(address,uint256,uint256,address)"),
  /** Chainlink {@code AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256)}. */
  ANSWER_UPDATED("AnswerUpdated(int256,uint256,uint256)"),
  /** OpenZeppelin Ownable, both accounts indexed. */
  OWNERSHIP_TRANSFERRED("OwnershipTransferred(address,address)"),
  /** OpenZeppelin AccessControl, role, account and sender indexed. */
  ROLE_GRANTED("RoleGranted(bytes32,address,address)"),
  ROLE_REVOKED("RoleRevoked(bytes32,address,address)"),
  /** EIP-1967 {@code Upgraded(address indexed implementation)}. */
  UPGRADED("Upgraded(address)"),
  /** EIP-1967 {@code AdminChanged(address previousAdmin, address newAdmin)}, not indexed. */
  ADMIN_CHANGED("AdminChanged(address,address)"),
  /** EIP-1967 {@code BeaconUpgraded(address indexed beacon)}. */
  BEACON_UPGRADED("BeaconUpgraded(address)"),
  /** OpenZeppelin Pausable {@code Paused(address account)}, not indexed. */
  PAUSED("Paused(address)"),
  UNPAUSED("Unpaused(address)");

  private static final Map<String, EventKind> BY_TOPIC = new HashMap<>();

  static {
    for (EventKind kind : values()) {
      BY_TOPIC.put(kind.topic0, kind);
    }
  }

  private final String signature;
  private final String topic0;

  EventKind(String signature) {
    this.signature = signature;
    this.topic0 = EventEncoder.buildEventSignature(signature);
  }

  public String signature() {
    return signature;
  }

  public String topic0() {
    return topic0;
  }

  /** The kind whose signature hash is {@code topic0}, or null. */
  public static EventKind byTopic(String topic0) {
    return BY_TOPIC.get(topic0);
  }
}
