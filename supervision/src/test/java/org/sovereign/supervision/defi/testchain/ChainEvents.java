package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.abi.EventEncoder;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Reads a step's receipts back from the node and names their events "role Event". */
final class ChainEvents {
  static final String TRANSFER = topic("Transfer(address,address,uint256)");
  static final String SWAP = topic("Swap(address,uint256,uint256,uint256,uint256,address)");
  private static final Map<String, String> NAMES = new HashMap<>();

  static {
    for (String signature :
        List.of(
            "Transfer(address,address,uint256)",
            "Approval(address,address,uint256)",
            "Swap(address,uint256,uint256,uint256,uint256,address)",
            "Sync(uint112,uint112)",
            "Mint(address,uint256,uint256)",
            "PairCreated(address,address,address,uint256)",
            "Upgraded(address)",
            "AdminChanged(address,address)",
            "RoleGranted(bytes32,address,address)",
            "AnswerUpdated(int256,uint256,uint256)",
            "Paused(address)",
            "OwnershipTransferred(address,address)")) {
      NAMES.put(topic(signature), signature.substring(0, signature.indexOf('(')));
    }
  }

  private final EvmRpc rpc;
  private final Map<String, String> roles = new HashMap<>();

  ChainEvents(EvmRpc rpc, ScenarioManifest m) {
    this.rpc = rpc;
    role(m.admin(), "admin");
    role(m.outsider(), "outsider");
    role(m.sanctioned(), "sanctioned");
    role(m.weth(), "weth");
    role(m.usdx(), "usdx");
    role(m.pkrt(), "pkrt");
    role(m.uniswapFactory(), "factory");
    role(m.uniswapRouter(), "router");
    role(m.pair(), "pair");
    role(m.oracle(), "oracle");
    role(m.treasury(), "treasury");
    role(m.proxyAdmin(), "proxyAdmin");
    role(m.treasuryImplementation(), "implementation");
    role(m.treasuryImplementationV2(), "implementationV2");
    role("0x0000000000000000000000000000000000000000", "zero");
  }

  static String topic(String signature) {
    return EventEncoder.buildEventSignature(signature);
  }

  /** keccak256 of a role name, as OpenZeppelin's AccessControl defines roles. */
  static String topicOf(String roleName) {
    return Hash.sha3String(roleName);
  }

  /** The receipt of {@code tx}, checked to be successful and in the block the step reported. */
  TransactionReceipt receipt(StepTx tx) {
    TransactionReceipt receipt = rpc.receipt(tx.hash()).orElseThrow();
    assertThat(receipt.isStatusOK()).as("status of %s", tx.label()).isTrue();
    assertThat(receipt.getBlockNumber().longValueExact())
        .as("block of %s", tx.label())
        .isEqualTo(tx.block());
    return receipt;
  }

  /** The events of one transaction as "emitter Event", e.g. "pkrt RoleGranted". */
  List<String> events(StepTx tx) {
    List<String> events = new ArrayList<>();
    for (Log log : receipt(tx).getLogs()) {
      events.add(
          name(log.getAddress())
              + " "
              + NAMES.getOrDefault(log.getTopics().getFirst(), log.getTopics().getFirst()));
    }
    return events;
  }

  /** The role of an indexed address topic (the last 20 bytes of the 32-byte word). */
  String indexedAddress(Log log, int topic) {
    return name("0x" + log.getTopics().get(topic).substring(26));
  }

  String name(String address) {
    return roles.getOrDefault(address.toLowerCase(Locale.ROOT), address);
  }

  private void role(String address, String role) {
    roles.put(address.toLowerCase(Locale.ROOT), role);
  }
}
