package org.sovereign.power.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Readings of a meter's cumulative energy register (kWh, at most three decimals) turned into the
 * mean kW of each interval, stamped at the interval's end. A register that goes backwards is a
 * meter reset (replacement, rollover or reprogramming): refused unless the reading is marked {@code
 * reset}, in which case the register restarts there and the interval across the reset, whose energy
 * is unknown, is left for gap filling (marked estimated).
 */
final class RegisterReadings {
  /** One register reading as sent: time, register value in watt-hours, and the reset mark. */
  record Register(int line, Instant at, long wh, boolean reset) {}

  private RegisterReadings() {}

  static long wattHours(int line, String text) {
    BigDecimal kwh;
    try {
      kwh = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw ReadingsParser.error(line, "kwh '" + text.strip() + "' is not a number");
    }
    if (kwh.signum() < 0) {
      throw ReadingsParser.error(line, "kwh " + text.strip() + " is negative");
    }
    if (kwh.stripTrailingZeros().scale() > 3) {
      throw ReadingsParser.error(line, "kwh " + text.strip() + " has more than 3 decimals (Wh)");
    }
    try {
      return kwh.movePointRight(3).longValueExact();
    } catch (ArithmeticException e) {
      throw ReadingsParser.error(line, "kwh " + text.strip() + " is too large");
    }
  }

  /** The mean kW of each interval between consecutive register readings. */
  static List<Reading> intervals(List<Register> registers, long contractedKw) {
    List<Reading> out = new ArrayList<>();
    for (int i = 1; i < registers.size(); i++) {
      Register a = registers.get(i - 1);
      Register b = registers.get(i);
      if (b.reset()) {
        continue;
      }
      if (b.wh() < a.wh()) {
        throw ReadingsParser.error(
            b.line(),
            "the register went back from "
                + kwh(a.wh())
                + " to "
                + kwh(b.wh())
                + " kWh: a meter reset must be marked reset (CSV event column, JSON \"reset\": true)");
      }
      long millis = Duration.between(a.at(), b.at()).toMillis();
      long kw =
          BigDecimal.valueOf(b.wh() - a.wh())
              .multiply(BigDecimal.valueOf(3_600))
              .divide(BigDecimal.valueOf(millis), 0, java.math.RoundingMode.HALF_UP)
              .longValueExact();
      if (kw > 2 * contractedKw) {
        throw ReadingsParser.error(
            b.line(),
            "the register rose "
                + kwh(b.wh() - a.wh())
                + " kWh since the previous reading: "
                + kw
                + " kW, a spike above twice the contracted "
                + contractedKw
                + " kW");
      }
      out.add(new Reading(b.at(), kw, false));
    }
    if (out.isEmpty()) {
      throw ReadingsParser.error(
          registers.isEmpty() ? 1 : registers.getLast().line(),
          "at least two register readings without a reset between them are needed");
    }
    return out;
  }

  private static String kwh(long wh) {
    return BigDecimal.valueOf(wh, 3).stripTrailingZeros().toPlainString();
  }
}
