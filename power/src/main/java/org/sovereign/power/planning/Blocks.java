package org.sovereign.power.planning;

/** Days, weeks and firm periods as blocks of hours counted from the forecast's first hour. */
final class Blocks {
  static final int DAY = 24;
  static final int WEEK = 168;

  private Blocks() {}

  /** Length of block {@code index} of {@code size} hours in a horizon of {@code hours}. */
  static int length(int index, int size, int hours) {
    return Math.min(size, hours - index * size);
  }

  /** Number of blocks of {@code size} hours covering {@code [from, to)}'s first block onwards. */
  static int first(int from, int size) {
    return from / size;
  }

  static int last(int to, int size) {
    return (to - 1) / size;
  }

  static int weeks(int hours) {
    return (hours + WEEK - 1) / WEEK;
  }

  /** Size of a firm period: the whole horizon, or a week. */
  static int firmPeriod(FirmLevels levels, int hours) {
    return levels == FirmLevels.CONSTANT ? Math.max(hours, 1) : WEEK;
  }

  /** Hours of block {@code index} (of {@code size}) that fall inside {@code [from, to)}. */
  static int overlap(int index, int size, int from, int to) {
    int start = Math.max(from, index * size);
    int end = Math.min(to, (index + 1) * size);
    return Math.max(0, end - start);
  }
}
