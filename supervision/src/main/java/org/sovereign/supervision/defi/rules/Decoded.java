package org.sovereign.supervision.defi.rules;

import org.sovereign.supervision.defi.decode.DecodedEvent;
import org.sovereign.supervision.defi.rpc.EvmLog;

/** A fetched log with the event decoded from it. */
public record Decoded(EvmLog log, DecodedEvent event) {}
