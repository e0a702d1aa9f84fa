package org.sovereign.supervision.defi.declare;

/** A declared admin or multisig account, as submitted. */
public record AdminRequest(String address, String label) {}
