package org.sovereign.power.payouts;

import java.time.LocalDate;

/**
 * A mining pool's payout to a site for a period ({@code periodEnd} exclusive), in satoshi, with the
 * payout transaction id when the site has one.
 */
public record PoolPayout(
    String pool, LocalDate periodStart, LocalDate periodEnd, long sats, String reference) {}
