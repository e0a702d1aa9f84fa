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

  /** A point of a balance history: the balance after the block at {@code height}. */
  public record Point(int height, long balanceSat) {}

  /**
   * The vault's confirmed balance after every block that changed it, from its first coin to the
   * indexed height (outputs received add, spends subtract).
   */
  public List<Point> history(Vault vault) {
    return chain
        .get()
        .map(watch -> history(watch, List.of(vault.receiveDescriptor(), vault.changeDescriptor())))
        .orElse(List.of());
  }

  /** The same over every vault. */
  public List<Point> totalHistory(List<Vault> vaults) {
    List<String> descriptors = new ArrayList<>();
    vaults.forEach(v -> descriptors.addAll(List.of(v.receiveDescriptor(), v.changeDescriptor())));
    return chain.get().map(watch -> history(watch, descriptors)).orElse(List.of());
  }

  private static List<Point> history(ChainWatch watch, List<String> descriptors) {
    java.util.TreeMap<Integer, Long> deltas = new java.util.TreeMap<>();
    for (String descriptor : descriptors) {
      for (IndexedOutput o : watch.outputsOfDescriptor(descriptor)) {
        deltas.merge(o.height(), o.value().value(), Long::sum);
        if (o.spentHeight() != null) {
          deltas.merge(o.spentHeight(), -o.value().value(), Long::sum);
        }
      }
    }
    List<Point> points = new ArrayList<>();
    long balance = 0;
    for (var entry : deltas.entrySet()) {
      balance += entry.getValue();
      points.add(new Point(entry.getKey(), balance));
    }
    if (!points.isEmpty() && points.getLast().height() < watch.indexedHeight()) {
      points.add(new Point(watch.indexedHeight(), balance));
    }
    return points;
  }

  public boolean chainAvailable() {
    return chain.get().isPresent();
  }
}
