package org.sovereign.platform.web;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits sign-in attempts per client address to a number per minute (a fixed one-minute window), so
 * password guessing across many accounts is slowed as well as per-account lockout.
 */
public final class LoginThrottle {
  private final int perMinute;
  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public LoginThrottle(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Counts an attempt from {@code address}; false when the address is over its limit. */
  public boolean tryAcquire(String address) {
    long minute = clock.millis() / 60_000;
    if (windows.size() > 100_000) {
      windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
    }
    Window window =
        windows.compute(
            address,
            (key, current) ->
                current == null || current.minute() != minute
                    ? new Window(minute, 1)
                    : new Window(minute, current.count() + 1));
    return window.count() <= perMinute;
  }

  private record Window(long minute, int count) {}
}
