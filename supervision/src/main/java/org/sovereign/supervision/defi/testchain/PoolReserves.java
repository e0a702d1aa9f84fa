package org.sovereign.supervision.defi.testchain;

import java.math.BigInteger;

/** The PKRT/USDX pair's reserves in token base units (18 decimals). */
public record PoolReserves(BigInteger pkrt, BigInteger usdx) {}
