package org.sovereign.supervision.defi.declare;

/**
 * How much of a token is followed: ALL its logs (the platform's own tokens: mints, roles, pauses,
 * every transfer screened), or only FLOWS, transfers into and out of the platform's pools and
 * treasuries (third-party tokens such as a stablecoin, whose whole history is not the platform's).
 */
public enum TokenScope {
  ALL,
  FLOWS
}
