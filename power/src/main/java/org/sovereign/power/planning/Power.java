package org.sovereign.power.planning;

/** A non-negative electrical power in whole kilowatts. */
public record Power(long kilowatts) implements Comparable<Power> {
  public static final Power ZERO = new Power(0);

  public Power {
    if (kilowatts < 0) {
      throw new IllegalArgumentException("power cannot be negative: " + kilowatts + " kW");
    }
  }

  public static Power ofKilowatts(long kilowatts) {
    return new Power(kilowatts);
  }

  public static Power ofMegawatts(long megawatts) {
    return new Power(Math.multiplyExact(megawatts, 1000L));
  }

  /** The value in megawatts, for the LP (exact for any realistic power). */
  public double megawatts() {
    return kilowatts / 1000.0;
  }

  @Override
  public int compareTo(Power other) {
    return Long.compare(kilowatts, other.kilowatts);
  }

  @Override
  public String toString() {
    return kilowatts % 1000 == 0 ? kilowatts / 1000 + " MW" : kilowatts + " kW";
  }
}
