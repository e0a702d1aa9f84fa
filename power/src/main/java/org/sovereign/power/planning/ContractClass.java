package org.sovereign.power.planning;

/**
 * How a site buys power. A {@code FIRM} site is served at a planned constant level whatever the
 * surplus (backup generation makes up the difference); an {@code INTERRUPTIBLE} site takes what
 * surplus is left, hour by hour, within its curtailment budget.
 */
public enum ContractClass {
  FIRM,
  INTERRUPTIBLE
}
