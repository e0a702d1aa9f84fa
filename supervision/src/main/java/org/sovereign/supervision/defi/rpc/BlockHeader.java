package org.sovereign.supervision.defi.rpc;

import java.time.Instant;

/** What the follower needs of a block: its place, its identity and its time. */
public record BlockHeader(long number, String hash, String parentHash, Instant timestamp) {}
