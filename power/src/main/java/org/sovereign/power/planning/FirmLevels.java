package org.sovereign.power.planning;

/**
 * How often a firm site's level may change: once for the whole planning period, or once per week
 * (blocks of 168 hours from the start; a change between weeks is limited by the site's ramp).
 */
public enum FirmLevels {
  CONSTANT,
  WEEKLY
}
