package io.cartomaps.backend.local.store;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Milliseconds that never repeat or go back within this process, so two writes never share a
 * timestamp and ordering by {@code updatedAt} or {@code createdAt} is the order of the writes.
 */
final class MonotonicClock {

  private static final AtomicLong LAST = new AtomicLong();

  private final Clock clock;

  MonotonicClock(Clock clock) {
    this.clock = clock;
  }

  long millis() {
    long now = clock.millis();
    return LAST.updateAndGet(last -> Math.max(last + 1, now));
  }
}
