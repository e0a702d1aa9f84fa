package org.sovereign.power.planning;

/** What a site runs. The LP only looks at the contract class; the kind explains the value. */
public enum SiteKind {
  MINING,
  AI,
  MIXED
}
