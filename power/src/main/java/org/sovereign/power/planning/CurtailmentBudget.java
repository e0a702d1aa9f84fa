package org.sovereign.power.planning;

/**
 * How much the grid may curtail an interruptible site: at most {@code hoursPerDay} full-load hours
 * in each day and at most {@code perWeek} in each week. Curtailment beyond the budget is allowed
 * but paid for (see {@link Economics#excessCurtailmentPenaltyPerMwh()}).
 */
public record CurtailmentBudget(int hoursPerDay, Energy perWeek) {
  /** No curtailment at all (the budget of a firm site). */
  public static final CurtailmentBudget NONE = new CurtailmentBudget(0, Energy.ZERO);

  public CurtailmentBudget {
    if (hoursPerDay < 0 || hoursPerDay > 24) {
      throw new IllegalArgumentException(
          "curtailment hours per day must be 0..24, got " + hoursPerDay);
    }
    java.util.Objects.requireNonNull(perWeek, "perWeek");
  }

  public static CurtailmentBudget of(int hoursPerDay, long megawattHoursPerWeek) {
    return new CurtailmentBudget(hoursPerDay, Energy.ofMegawattHours(megawattHoursPerWeek));
  }
}
