package org.sovereign.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parse_shouldStoreMinorUnits() {
    assertThat(Money.parse(Currency.PKR, "1234.56").minor()).isEqualTo(123_456);
    assertThat(Money.parse(Currency.USD, "-0.5").minor()).isEqualTo(-50);
  }

  @Test
  void parse_shouldRejectFractionsOfTheMinorUnitAndOverflow() {
    assertThatThrownBy(() -> Money.parse(Currency.USD, "0.001")).hasMessageContaining("2 decimals");
    assertThatThrownBy(() -> Money.parse(Currency.USD, "99999999999999999999"))
        .hasMessageContaining("too large");
  }

  @Test
  void plus_shouldRefuseToMixCurrencies() {
    assertThatThrownBy(() -> Money.zero(Currency.PKR).plus(Money.zero(Currency.USD)))
        .hasMessageContaining("cannot combine PKR with USD");
  }

  @Test
  void plus_shouldThrowOnOverflowInsteadOfWrapping() {
    Money max = Money.ofMinor(Currency.USD, Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofMinor(Currency.USD, 1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void times_shouldRoundWithTheNamedMode() {
    Money usd = Money.parse(Currency.USD, "10.01");
    assertThat(usd.times(new BigDecimal("281.5"), RoundingMode.HALF_EVEN).toString())
        .isEqualTo("2817.82 USD");
    assertThat(usd.times(new BigDecimal("0.5"), RoundingMode.DOWN).minor()).isEqualTo(500);
  }

  @Test
  void currency_parse_shouldNameTheBadCode() {
    assertThatThrownBy(() -> Currency.parse("EUR")).hasMessageContaining("'EUR'");
  }
}
