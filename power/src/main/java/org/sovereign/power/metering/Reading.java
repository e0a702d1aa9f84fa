package org.sovereign.power.metering;

import java.time.Instant;

/** A site's metered load at an instant (kW); estimated readings fill gaps. */
public record Reading(Instant at, long kw, boolean estimated) {}
