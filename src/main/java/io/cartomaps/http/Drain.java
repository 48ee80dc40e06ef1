package io.cartomaps.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Graceful stop: once draining, new calls are refused (503, so a load balancer tries another
 * instance) while the calls already running finish; {@link #awaitIdle} waits for them, bounded.
 */
final class Drain {

  private final AtomicBoolean draining = new AtomicBoolean();
  private final Object lock = new Object();
  private int inFlight;

  boolean draining() {
    return draining.get();
  }

  /** Counts a call in; false when draining (the call must be refused). */
  boolean enter() {
    synchronized (lock) {
      if (draining.get()) {
        return false;
      }
      inFlight++;
      return true;
    }
  }

  void exit() {
    synchronized (lock) {
      inFlight--;
      lock.notifyAll();
    }
  }

  int inFlight() {
    synchronized (lock) {
      return inFlight;
    }
  }

  /**
   * Stops admitting calls and waits until those in flight are done or the timeout passes; true when
   * all finished.
   */
  boolean drain(Duration timeout) throws InterruptedException {
    draining.set(true);
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
      return true;
    }
  }
}
