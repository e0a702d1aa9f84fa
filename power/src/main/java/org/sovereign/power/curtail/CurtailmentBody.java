package org.sovereign.power.curtail;

/**
 * Body of a curtailment request: an id (idempotent), the node (its code; absent for the whole
 * system), the kW wanted back and within how many seconds.
 */
public record CurtailmentBody(String id, String node, Long kw, Integer within_seconds) {}
