package org.sovereign.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SatsTest {

  @Test
  void parseBtc_shouldReadEightDecimalsExactly() {
    assertThat(Sats.parseBtc("0.00000001").value()).isEqualTo(1);
    assertThat(Sats.parseBtc("21000000").value()).isEqualTo(Sats.MAX_MONEY);
    assertThat(Sats.parseBtc("1.5").value()).isEqualTo(150_000_000L);
    assertThat(Sats.parseBtc("0.100000000").value()).isEqualTo(10_000_000L);
  }

  @Test
  void parseBtc_shouldRejectSubSatoshiNegativeAndAboveSupply() {
    assertThatThrownBy(() -> Sats.parseBtc("0.000000001")).hasMessageContaining("8 decimals");
    assertThatThrownBy(() -> Sats.parseBtc("-1")).hasMessageContaining("outside");
    assertThatThrownBy(() -> Sats.parseBtc("21000000.00000001")).hasMessageContaining("outside");
    assertThatThrownBy(() -> Sats.parseBtc("1e")).hasMessageContaining("not a BTC amount");
  }

  @Test
  void arithmetic_shouldBeExactAndRefuseToLeaveTheRange() {
    Sats a = Sats.of(5_000_000_000L);
    assertThat(a.plus(Sats.of(1)).value()).isEqualTo(5_000_000_001L);
    assertThat(a.minus(a)).isEqualTo(Sats.ZERO);
    assertThatThrownBy(() -> Sats.ZERO.minus(Sats.of(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Sats.of(Sats.MAX_MONEY).plus(Sats.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Sats.of(Sats.MAX_MONEY).times(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void toBtcString_shouldAlwaysShowEightDecimals() {
    assertThat(Sats.of(1).toBtcString()).isEqualTo("0.00000001");
    assertThat(Sats.of(150_000_000L).toBtcString()).isEqualTo("1.50000000");
  }
}
