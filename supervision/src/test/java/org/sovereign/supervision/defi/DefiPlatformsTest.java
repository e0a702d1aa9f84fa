package org.sovereign.supervision.defi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sovereign.base.OrgId;
import org.sovereign.platform.audit.Actor;
import org.sovereign.platform.errors.DomainException;
import org.sovereign.supervision.defi.declare.ChainRequest;
import org.sovereign.supervision.defi.declare.ContractRequest;
import org.sovereign.supervision.defi.declare.DeclaredContract;
import org.sovereign.supervision.defi.declare.Platform;
import org.sovereign.supervision.defi.declare.PlatformRequest;
import org.web3j.crypto.Keys;

/** Declarations are validated field by field, normalised, versioned and audited. */
class DefiPlatformsTest {
  private static DefiFixture f;
  private static OrgId org;

  @BeforeAll
  static void start() {
    f = new DefiFixture(new Scenario().chain, FollowerOptions.DEFAULTS);
    org = f.defiVasp("Declared Swap");
    f.declareChain(12);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static PlatformRequest with(int index, UnaryOperator<ContractRequest> change) {
    PlatformRequest base = Scenario.declaration(100, null);
    List<ContractRequest> contracts = new ArrayList<>(base.contracts());
    contracts.set(index, change.apply(contracts.get(index)));
    return new PlatformRequest(base.chain_id(), 100L, null, contracts, base.admins());
  }

  private static ContractRequest address(ContractRequest c, String address) {
    return new ContractRequest(
        address,
        c.kind(),
        c.label(),
        c.symbol(),
        c.decimals(),
        c.scope(),
        c.token0(),
        c.token1(),
        c.quote(),
        c.token(),
        c.tokens());
  }

  private static void rejected(PlatformRequest request, String field) {
    assertThatThrownBy(() -> f.platforms.declare(Actor.SYSTEM, org, request))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.status()).isEqualTo(422);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  @Test
  void declaration_shouldBeStoredNormalisedVersionedAndAudited() {
    PlatformRequest upper =
        with(0, c -> address(c, Scenario.GOV.toUpperCase().replace("0X", "0x")));
    Platform first = f.platforms.declare(Actor.SYSTEM, org, upper);
    Platform second = f.platforms.declare(Actor.SYSTEM, org, Scenario.declaration(100, 120L));
    assertThat(first.contracts().getFirst().address()).isEqualTo(Scenario.GOV);
    assertThat(second.version()).isEqualTo(first.version() + 1);
    assertThat(second.baselineBlock()).isEqualTo(120);
    assertThat(second.contracts(DeclaredContract.Pool.class))
        .singleElement()
        .satisfies(p -> assertThat(p.base()).isEqualTo(Scenario.WETH));
    assertThat(f.platforms.platform(org, Scenario.CHAIN_ID)).contains(second);
    assertThat(f.count("SELECT count(*) FROM audit_log WHERE action = 'defi.platform-declared'"))
        .isGreaterThanOrEqualTo(2);
    assertThat(f.count("SELECT count(*) FROM audit_log WHERE action = 'defi.chain-declared'"))
        .isEqualTo(1);
  }

  @Test
  void badAddress_shouldBeRefusedNamingTheContract() {
    rejected(with(2, c -> address(c, "0x1234")), "contracts[2].address");
  }

  @Test
  void checksummedAddress_shouldBeAccepted_andAWrongChecksumRefused() {
    String checksummed = Keys.toChecksumAddress(Scenario.WETH);
    PlatformRequest good = with(2, c -> address(c, checksummed));
    assertThat(f.platforms.declare(Actor.SYSTEM, org, good).contracts().get(2).address())
        .isEqualTo(Scenario.WETH);
    rejected(with(2, c -> address(c, flipCase(checksummed))), "contracts[2].address");
  }

  private static String flipCase(String checksummed) {
    char[] chars = checksummed.toCharArray();
    for (int i = 2; i < chars.length; i++) {
      if (Character.isLetter(chars[i])) {
        chars[i] =
            Character.isUpperCase(chars[i])
                ? Character.toLowerCase(chars[i])
                : Character.toUpperCase(chars[i]);
        return new String(chars);
      }
    }
    throw new IllegalStateException("no letter in " + checksummed);
  }

  @Test
  void unknownKind_duplicateAddressAndForeignFields_shouldBeRefused() {
    rejected(
        with(
            6,
            c ->
                new ContractRequest(
                    c.address(),
                    "vault",
                    c.label(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)),
        "contracts[6].kind");
    rejected(with(6, c -> address(c, Scenario.GOV)), "contracts[6].address");
    rejected(
        with(
            3,
            c ->
                new ContractRequest(
                    c.address(),
                    "pool",
                    c.label(),
                    null,
                    18,
                    null,
                    c.token0(),
                    c.token1(),
                    c.quote(),
                    null,
                    null)),
        "contracts[3].decimals");
  }

  @Test
  void poolWithAQuoteOutsideItsPairOrAnUndeclaredToken_shouldBeRefused() {
    rejected(
        with(
            3,
            c ->
                ContractRequest.pool(
                    c.address(), c.label(), Scenario.USDC, Scenario.WETH, Scenario.GOV)),
        "contracts[3].quote");
    rejected(
        with(
            3,
            c ->
                ContractRequest.pool(
                    c.address(), c.label(), Scenario.USDC, Scenario.USER, Scenario.USDC)),
        "contracts[3].token1");
    rejected(
        with(
            5,
            c ->
                ContractRequest.treasury(
                    c.address(), c.label(), List.of(Scenario.USDC, Scenario.USDC), null)),
        "contracts[5].tokens[1]");
  }

  @Test
  void chainAndBlocks_shouldBeChecked() {
    rejected(
        new PlatformRequest(999L, 1L, null, Scenario.declaration(1, null).contracts(), List.of()),
        "chain_id");
    rejected(
        new PlatformRequest(
            Scenario.CHAIN_ID, 10L, 5L, Scenario.declaration(1, null).contracts(), List.of()),
        "baseline_block");
    assertThatThrownBy(
            () ->
                f.platforms.declareChain(
                    Actor.SYSTEM, new ChainRequest(1L, "mainnet", "http://x", 5000)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("confirmations"));
    assertThatThrownBy(
            () ->
                f.platforms.declareChain(
                    Actor.SYSTEM, new ChainRequest(1L, "mainnet", "ftp://node", 5)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("rpc_url"));
  }

  @Test
  void vaspOutsideTheDefiCategory_shouldBeRefused() {
    OrgId exchange = f.exchange("Spot Exchange");
    assertThatThrownBy(
            () -> f.platforms.declare(Actor.SYSTEM, exchange, Scenario.declaration(1, null)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("org_id"));
  }
}
