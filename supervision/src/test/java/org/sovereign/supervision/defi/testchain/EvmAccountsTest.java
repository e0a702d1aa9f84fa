package org.sovereign.supervision.defi.testchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

class EvmAccountsTest {
  @Test
  void dev_shouldDeriveTheAccountsAnvilPublishes() {
    List<Credentials> accounts = EvmAccounts.dev(20);
    assertThat(accounts).hasSize(20);
    assertThat(accounts.get(0).getAddress())
        .isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assertThat(
            Numeric.toHexStringWithPrefixZeroPadded(
                accounts.get(0).getEcKeyPair().getPrivateKey(), 64))
        .isEqualTo("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThat(accounts.get(1).getAddress())
        .isEqualTo("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    assertThat(accounts.get(19).getAddress())
        .isEqualTo("0x8626f6940e2eb28930efb4cef49b2d1f2c9c1199");
  }

  @Test
  void dev_shouldRejectCountsAnvilDoesNotFund() {
    assertThatThrownBy(() -> EvmAccounts.dev(0))
        .hasMessage("dev account count must be 1..20, was 0");
    assertThatThrownBy(() -> EvmAccounts.dev(21))
        .hasMessage("dev account count must be 1..20, was 21");
  }
}
