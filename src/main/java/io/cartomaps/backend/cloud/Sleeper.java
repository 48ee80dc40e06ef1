package io.cartomaps.backend.cloud;

import java.time.Duration;

/** Waits between retries; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
