package org.sovereign.supervision.defi.decode;

import org.sovereign.supervision.defi.rpc.EvmLog;

/** Turns a log into the event it records, or null when it is not one the monitor decodes. */
@FunctionalInterface
public interface EventDecoder {
  DecodedEvent decode(EvmLog log);
}
