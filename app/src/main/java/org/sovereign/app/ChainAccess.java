package org.sovereign.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.sovereign.base.Network;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.source.ChainSource;

/** The chain index and network the pillars see, set when the runtime starts following a chain. */
public final class ChainAccess {
  private final AtomicReference<ChainWatch> watch = new AtomicReference<>();
  private final AtomicReference<ChainSource> source = new AtomicReference<>();
  private volatile Network network = Network.MAIN;

  void set(ChainWatch index, ChainSource chainSource, Network chainNetwork) {
    watch.set(index);
    source.set(chainSource);
    network = chainNetwork;
  }

  public Optional<ChainWatch> watch() {
    return Optional.ofNullable(watch.get());
  }

  public Optional<ChainSource> source() {
    return Optional.ofNullable(source.get());
  }

  public Network network() {
    return network;
  }
}
