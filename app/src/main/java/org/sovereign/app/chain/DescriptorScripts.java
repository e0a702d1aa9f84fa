package org.sovereign.app.chain;

import java.util.concurrent.ConcurrentHashMap;
import org.sovereign.base.Network;
import org.sovereign.chain.descriptor.Descriptor;
import org.sovereign.chain.index.ScriptDeriver;

/** Derives watched scripts from descriptors for the indexer, parsing each descriptor once. */
public final class DescriptorScripts implements ScriptDeriver {
  private final Network network;
  private final ConcurrentHashMap<String, Descriptor> parsed = new ConcurrentHashMap<>();

  public DescriptorScripts(Network network) {
    this.network = network;
  }

  @Override
  public byte[] scriptAt(String descriptor, int index) {
    return parsed
        .computeIfAbsent(descriptor, d -> Descriptor.parse(d, network))
        .scriptPubKeys(index)
        .getFirst();
  }
}
