package org.sovereign.power.planning;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a plan obeys every constraint of its problem (to the kWh of rounding). */
final class PlanChecks {
  private static final long ROUNDING_KWH = 60;

  private PlanChecks() {}

  static void assertFeasible(Plan plan) {
    PlanningProblem problem = plan.problem();
    for (GridNode node : problem.nodes()) {
      for (int h = 0; h < problem.hours(); h++) {
        long load = 0;
        for (Site site : problem.sitesAt(node.id())) {
          load += plan.allocation(site.id(), h).kilowattHours();
        }
        long available = problem.forecast().kilowatts(node.id(), h);
        long backup = plan.backup(node.id(), h).kilowattHours();
        assertThat(load)
            .as("load at %s hour %d", node.id(), h)
            .isLessThanOrEqualTo(available + backup + ROUNDING_KWH)
            .isLessThanOrEqualTo(node.importLimit().kilowatts() + ROUNDING_KWH);
      }
    }
    for (Site site : problem.sites()) {
      assertRamps(plan, site);
    }
  }

  private static void assertRamps(Plan plan, Site site) {
    long[] kwh = plan.allocationKwh(site.id());
    long ramp = site.rampPerMinute().kilowatts() * 60;
    for (int h = 1; h < kwh.length; h++) {
      long step = kwh[h] - kwh[h - 1];
      long allowed = ramp + 2;
      if (site.firm() && plan.problem().firmLevels() == FirmLevels.CONSTANT) {
        assertThat(step).as("firm level of %s at hour %d", site.id(), h).isBetween(-2L, 2L);
      } else if (site.firm()) {
        assertThat(Math.abs(step))
            .as("firm ramp of %s at %d", site.id(), h)
            .isLessThanOrEqualTo(allowed);
      } else {
        assertThat(step).as("ramp-up of %s at hour %d", site.id(), h).isLessThanOrEqualTo(allowed);
      }
    }
  }
}
