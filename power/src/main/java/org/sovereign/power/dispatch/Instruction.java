package org.sovereign.power.dispatch;

/** One site's share of a curtailment: shed {@code kw} within {@code seconds}. */
public record Instruction(int siteId, int kw, int seconds) {}
