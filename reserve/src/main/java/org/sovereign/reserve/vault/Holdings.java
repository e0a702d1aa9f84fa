package org.sovereign.reserve.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.base.Sats;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;

/** A vault's coins as the chain index sees them: unspent outputs and confirmed balance. */
public final class Holdings {
  private final Supplier<Optional<ChainWatch>> chain;

  public Holdings(Supplier<Optional<ChainWatch>> chain) {
    this.chain = chain;
  }

  /** The vault's coins; empty when no chain is followed. */
  public record VaultHoldings(
      Vault vault, List<IndexedOutput> unspent, Sats confirmed, int indexedHeight) {}

  public Optional<VaultHoldings> of(Vault vault) {
    return chain
        .get()
        .map(
            watch -> {
              List<IndexedOutput> unspent = new ArrayList<>();
              for (String descriptor :
                  List.of(vault.receiveDescriptor(), vault.changeDescriptor())) {
                watch.outputsOfDescriptor(descriptor).stream()
                    .filter(IndexedOutput::unspent)
                    .forEach(unspent::add);
              }
              Sats total = unspent.stream().map(IndexedOutput::value).reduce(Sats.ZERO, Sats::plus);
              return new VaultHoldings(vault, List.copyOf(unspent), total, watch.indexedHeight());
            });
  }

  public boolean chainAvailable() {
    return chain.get().isPresent();
  }
}
