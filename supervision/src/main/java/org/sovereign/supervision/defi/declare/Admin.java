package org.sovereign.supervision.defi.declare;

/** A declared admin or multisig account of a platform. */
public record Admin(String address, String label) {}
