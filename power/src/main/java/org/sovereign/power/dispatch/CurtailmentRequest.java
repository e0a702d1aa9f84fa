package org.sovereign.power.dispatch;

/**
 * The grid asks for {@code kw} back at {@code node} (-1: anywhere on the system) within {@code
 * seconds}; {@code id} makes the request idempotent.
 */
public record CurtailmentRequest(String id, int node, int kw, int seconds) {}
