package org.sovereign.platform.module;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Live facts the overview shows (chain tip, indexed height, ...). Modules and the app register
 * suppliers; the overview asks them on each render, so facts are never stale.
 */
public final class StatusBoard {
  /** One line of the overview's status card. */
  public record Fact(String labelKey, String value) {}

  private final List<Supplier<List<Fact>>> sources = new CopyOnWriteArrayList<>();

  public void register(Supplier<List<Fact>> source) {
    sources.add(source);
  }

  public List<Fact> facts() {
    List<Fact> facts = new ArrayList<>();
    for (Supplier<List<Fact>> source : sources) {
      try {
        facts.addAll(source.get());
      } catch (RuntimeException e) {
        facts.add(new Fact("status.unavailable", e.getMessage()));
      }
    }
    return facts;
  }
}
