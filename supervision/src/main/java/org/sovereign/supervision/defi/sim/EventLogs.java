package org.sovereign.supervision.defi.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Int256;
import org.web3j.abi.datatypes.generated.Uint112;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Logs of the monitored events, ABI-encoded by web3j exactly as a contract would emit them: the
 * signature hash from the parameter types, indexed arguments as topics, the rest as data. For
 * tests, simulations and benchmarks.
 */
public final class EventLogs {
  /** AccessControl's {@code DEFAULT_ADMIN_ROLE}: 32 zero bytes. */
  public static final String DEFAULT_ADMIN_ROLE = "0x" + "0".repeat(64);

  public static final String ZERO_ADDRESS = "0x" + "0".repeat(40);

  private EventLogs() {}

  /** An AccessControl role id: {@code keccak256(name)}, e.g. {@code MINTER_ROLE}. */
  public static String role(String name) {
    return Hash.sha3String(name);
  }

  public static LogSpec transfer(String token, String from, String to, BigInteger amount) {
    return log(
        token, "Transfer", idx(new Address(from)), idx(new Address(to)), arg(new Uint256(amount)));
  }

  public static LogSpec sync(String pool, BigInteger reserve0, BigInteger reserve1) {
    return log(pool, "Sync", arg(new Uint112(reserve0)), arg(new Uint112(reserve1)));
  }

  public static LogSpec swap(
      String pool,
      String sender,
      BigInteger amount0In,
      BigInteger amount1In,
      BigInteger amount0Out,
      BigInteger amount1Out,
      String to) {
    return log(
        pool,
        "Swap",
        idx(new Address(sender)),
        arg(new Uint256(amount0In)),
        arg(new Uint256(amount1In)),
        arg(new Uint256(amount0Out)),
        arg(new Uint256(amount1Out)),
        idx(new Address(to)));
  }

  /** Uniswap V2 {@code Mint}: liquidity added. */
  public static LogSpec liquidityAdded(
      String pool, String sender, BigInteger amount0, BigInteger amount1) {
    return log(
        pool,
        "Mint",
        idx(new Address(sender)),
        arg(new Uint256(amount0)),
        arg(new Uint256(amount1)));
  }

  /** Uniswap V2 {@code Burn}: liquidity removed. */
  public static LogSpec liquidityRemoved(
      String pool, String sender, BigInteger amount0, BigInteger amount1, String to) {
    return log(
        pool,
        "Burn",
        idx(new Address(sender)),
        arg(new Uint256(amount0)),
        arg(new Uint256(amount1)),
        idx(new Address(to)));
  }

  public static LogSpec answerUpdated(
      String oracle, BigInteger current, BigInteger roundId, BigInteger updatedAt) {
    return log(
        oracle,
        "AnswerUpdated",
        idx(new Int256(current)),
        idx(new Uint256(roundId)),
        arg(new Uint256(updatedAt)));
  }

  public static LogSpec ownershipTransferred(String contract, String previous, String next) {
    return log(
        contract, "OwnershipTransferred", idx(new Address(previous)), idx(new Address(next)));
  }

  public static LogSpec roleGranted(String contract, String role, String account, String sender) {
    return roleEvent("RoleGranted", contract, role, account, sender);
  }

  public static LogSpec roleRevoked(String contract, String role, String account, String sender) {
    return roleEvent("RoleRevoked", contract, role, account, sender);
  }

  public static LogSpec upgraded(String proxy, String implementation) {
    return log(proxy, "Upgraded", idx(new Address(implementation)));
  }

  public static LogSpec beaconUpgraded(String proxy, String beacon) {
    return log(proxy, "BeaconUpgraded", idx(new Address(beacon)));
  }

  public static LogSpec adminChanged(String proxy, String previous, String next) {
    return log(proxy, "AdminChanged", arg(new Address(previous)), arg(new Address(next)));
  }

  public static LogSpec paused(String contract, String account) {
    return log(contract, "Paused", arg(new Address(account)));
  }

  public static LogSpec unpaused(String contract, String account) {
    return log(contract, "Unpaused", arg(new Address(account)));
  }

  private static LogSpec roleEvent(
      String name, String contract, String role, String account, String sender) {
    return log(
        contract,
        name,
        idx(new Bytes32(Numeric.hexStringToByteArray(role))),
        idx(new Address(account)),
        idx(new Address(sender)));
  }

  /** An event parameter in declaration order: its value and whether it is indexed. */
  private record Param(Type<?> value, boolean indexed) {}

  private static Param idx(Type<?> value) {
    return new Param(value, true);
  }

  private static Param arg(Type<?> value) {
    return new Param(value, false);
  }

  private static LogSpec log(String address, String name, Param... params) {
    List<TypeReference<?>> parameters = new ArrayList<>();
    List<String> topics = new ArrayList<>();
    topics.add("");
    StringBuilder hex = new StringBuilder("0x");
    for (Param p : params) {
      parameters.add(TypeReference.create(erase(p.value().getClass()), p.indexed()));
      if (p.indexed()) {
        topics.add("0x" + TypeEncoder.encode(p.value()));
      } else {
        hex.append(TypeEncoder.encode(p.value()));
      }
    }
    topics.set(0, EventEncoder.encode(new Event(name, parameters)));
    return new LogSpec(address.toLowerCase(Locale.ROOT), topics, hex.toString());
  }

  @SuppressWarnings("unchecked") // TypeReference.create wants the class of a Type subtype
  private static <T extends Type<?>> Class<T> erase(Class<?> type) {
    return (Class<T>) type;
  }
}
