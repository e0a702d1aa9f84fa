package org.sovereign.supervision.reserves;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.sovereign.chain.index.ChainWatch;
import org.sovereign.chain.index.IndexedOutput;

/**
 * What declared addresses held on chain at a cut-off: the last indexed block at or before the
 * cut-off time, and the outputs created by then and not yet spent by then.
 */
public final class ChainReserves {
  private final Supplier<Optional<ChainWatch>> chain;

  public ChainReserves(Supplier<Optional<ChainWatch>> chain) {
    this.chain = chain;
  }

  /** Reserves at a height: the sum, the height, and how many coins. */
  public record Held(long sat, int height, int coins) {}

  /** Empty when no chain is followed or no indexed block is as old as the cut-off. */
  public Optional<Held> at(List<String> addresses, Instant cutoff) {
    return atDescriptors(addresses.stream().map(a -> "addr(" + a + ")").toList(), cutoff);
  }

  /** As {@link #at}, over watched (single-path) descriptors. */
  public Optional<Held> atDescriptors(List<String> descriptors, Instant cutoff) {
    Optional<ChainWatch> watch = chain.get();
    if (watch.isEmpty()) {
      return Optional.empty();
    }
    int height = heightAt(watch.get(), cutoff);
    if (height < 0) {
      return Optional.empty();
    }
    long sat = 0;
    int coins = 0;
    for (String descriptor : descriptors) {
      for (IndexedOutput o : watch.get().outputsOfDescriptor(descriptor)) {
        boolean held =
            o.height() <= height && (o.spentHeight() == null || o.spentHeight() > height);
        if (held) {
          sat = Math.addExact(sat, o.value().value());
          coins++;
        }
      }
    }
    return Optional.of(new Held(sat, height, coins));
  }

  /** The last indexed height whose block time is at or before {@code cutoff}, or -1. */
  static int heightAt(ChainWatch watch, Instant cutoff) {
    int lo = 0;
    int hi = watch.indexedHeight();
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Optional<Instant> time = watch.blockTime(mid);
      if (time.isPresent() && !time.get().isAfter(cutoff)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
