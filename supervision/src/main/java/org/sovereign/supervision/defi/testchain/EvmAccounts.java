package org.sovereign.supervision.defi.testchain;

import static org.web3j.crypto.Bip32ECKeyPair.HARDENED_BIT;

import java.util.List;
import java.util.stream.IntStream;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.MnemonicUtils;

/**
 * The dev accounts of anvil (and hardhat): keys derived from the published test mnemonic along
 * m/44'/60'/0'/0/i, funded with 10,000 ETH each on a fresh node. Public knowledge: never use them
 * on a real network.
 */
public final class EvmAccounts {
  public static final String MNEMONIC =
      "test test test test test test test test test test test junk";

  private EvmAccounts() {}

  /** The first {@code count} dev accounts, index 0 first. */
  public static List<Credentials> dev(int count) {
    if (count < 1 || count > AnvilNode.ACCOUNTS) {
      throw new IllegalArgumentException(
          "dev account count must be 1.." + AnvilNode.ACCOUNTS + ", was " + count);
    }
    Bip32ECKeyPair master =
        Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(MNEMONIC, ""));
    return IntStream.range(0, count).mapToObj(i -> derive(master, i)).toList();
  }

  private static Credentials derive(Bip32ECKeyPair master, int index) {
    int[] path = {44 | HARDENED_BIT, 60 | HARDENED_BIT, HARDENED_BIT, 0, index};
    return Credentials.create(Bip32ECKeyPair.deriveKeyPair(master, path));
  }
}
