package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryDelaysTest {

  static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  static RetryDelays delays(double random) {
    return new RetryDelays(MockCarto.fast(), () -> random, NOW);
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    assertEquals(Duration.ofSeconds(3), delays(0.5).before(1, "3"));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    assertEquals(Duration.ofSeconds(4), delays(0.5).before(1, "Sun, 01 Mar 2026 10:00:04 GMT"));
    assertEquals(Duration.ZERO, delays(0.5).before(1, "Sun, 01 Mar 2026 09:00:00 GMT"));
  }

  @Test
  void retryAfterIsCapped() {
    assertEquals(Duration.ofSeconds(5), delays(0.5).before(1, "86400"));
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    assertEquals(Optional.empty(), delays(0).parseRetryAfter("soon"));
    assertEquals(Optional.empty(), delays(0).parseRetryAfter("-5"));
    assertEquals(Duration.ofMillis(100), delays(1).before(1, "soon"));
  }

  @Test
  void backoffDoublesWithJitterAndIsCapped() {
    assertEquals(Duration.ofMillis(50), delays(0).before(1, null));
    assertEquals(Duration.ofMillis(100), delays(1).before(1, null));
    assertEquals(Duration.ofMillis(400), delays(1).before(3, null));
    assertEquals(Duration.ofSeconds(1), delays(1).before(30, null), "capped at maxBackoff");
    assertTrue(delays(0.3).before(2, null).toMillis() >= 100);
  }
}
