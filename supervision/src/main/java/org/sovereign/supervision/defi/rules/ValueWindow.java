package org.sovereign.supervision.defi.rules;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;

/**
 * A holder's value locked at the end of each block within a time window, plus the last value from
 * before the window (the value in force when the window opened), with the highest of them kept by a
 * monotonic queue: adding and asking are O(1) amortised.
 */
final class ValueWindow {
  private record Point(Instant time, BigInteger value) {}

  private final Duration window;
  private final ArrayDeque<Point> points = new ArrayDeque<>();
  private final ArrayDeque<Point> highest = new ArrayDeque<>();
  private Point opening;

  ValueWindow(Duration window) {
    this.window = window;
  }

  /** Adds a block's closing value (times never go back). */
  void add(Instant time, BigInteger value) {
    Point last = points.isEmpty() ? opening : points.peekLast();
    if (last != null && last.value().equals(value)) {
      return;
    }
    Point p = new Point(time, value);
    points.addLast(p);
    while (!highest.isEmpty() && highest.peekLast().value().compareTo(value) <= 0) {
      highest.pollLast();
    }
    highest.addLast(p);
    prune(time);
  }

  /** The highest closing value within the window ending at {@code now}, or null before any. */
  BigInteger highest(Instant now) {
    prune(now);
    BigInteger inside = highest.isEmpty() ? null : highest.peekFirst().value();
    if (opening == null) {
      return inside;
    }
    return inside == null ? opening.value() : inside.max(opening.value());
  }

  private void prune(Instant now) {
    Instant opens = now.minus(window);
    while (!points.isEmpty() && !points.peekFirst().time().isAfter(opens)) {
      opening = points.pollFirst();
      if (highest.peekFirst() == opening) {
        highest.pollFirst();
      }
    }
  }
}
