package org.sovereign.power.planning;

/** A non-negative amount of electrical energy in whole kilowatt-hours. */
public record Energy(long kilowattHours) implements Comparable<Energy> {
  public static final Energy ZERO = new Energy(0);

  public Energy {
    if (kilowattHours < 0) {
      throw new IllegalArgumentException("energy cannot be negative: " + kilowattHours + " kWh");
    }
  }

  public static Energy ofKilowattHours(long kilowattHours) {
    return new Energy(kilowattHours);
  }

  public static Energy ofMegawattHours(long megawattHours) {
    return new Energy(Math.multiplyExact(megawattHours, 1000L));
  }

  /** Rounds an LP value in megawatt-hours to whole kilowatt-hours (tiny negatives become zero). */
  static Energy fromMegawattHours(double megawattHours) {
    return new Energy(Math.max(0, Math.round(megawattHours * 1000.0)));
  }

  public double megawattHours() {
    return kilowattHours / 1000.0;
  }

  public Energy plus(Energy other) {
    return new Energy(Math.addExact(kilowattHours, other.kilowattHours));
  }

  @Override
  public int compareTo(Energy other) {
    return Long.compare(kilowattHours, other.kilowattHours);
  }

  @Override
  public String toString() {
    return kilowattHours + " kWh";
  }
}
