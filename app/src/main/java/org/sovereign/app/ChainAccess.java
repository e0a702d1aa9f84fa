package org.sovereign.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainWatch;

/** The chain index and network the pillars see, set when the runtime starts following a chain. */
public final class ChainAccess {
  private final AtomicReference<ChainWatch> watch = new AtomicReference<>();
  private volatile Network network = Network.MAIN;

  void set(ChainWatch index, Network chainNetwork) {
    watch.set(index);
    network = chainNetwork;
  }

  public Optional<ChainWatch> watch() {
    return Optional.ofNullable(watch.get());
  }

  public Network network() {
    return network;
  }
}
