package io.cartomaps.backend.cloud;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a retry: the server's {@code Retry-After} (seconds or HTTP date) when
 * present, else exponential backoff with jitter ({@code first * 2^(retry-1)}, capped, scaled by a
 * random factor in [0.5, 1]). Every wait is capped so a hostile or confused server cannot stall the
 * program.
 */
final class RetryDelays {

  private final ClientLimits limits;
  private final DoubleSupplier random;
  private final Clock clock;

  RetryDelays(ClientLimits limits, DoubleSupplier random, Clock clock) {
    this.limits = limits;
    this.random = random;
    this.clock = clock;
  }

  /**
   * The wait before retry number {@code retry} (1-based), honouring {@code retryAfter} when it
   * parses.
   */
  Duration before(int retry, String retryAfter) {
    Optional<Duration> asked = parseRetryAfter(retryAfter);
    if (asked.isPresent()) {
      Duration d = asked.get();
      return d.compareTo(limits.maxRetryAfter()) > 0 ? limits.maxRetryAfter() : d;
    }
    long first = limits.firstBackoff().toMillis();
    long exp = first << Math.min(retry - 1, 20);
    long capped = Math.min(exp, limits.maxBackoff().toMillis());
    double factor = 0.5 + 0.5 * random.getAsDouble();
    return Duration.ofMillis(Math.round(capped * factor));
  }

  /** Parses {@code Retry-After}: delta-seconds or an HTTP date. Empty when absent or unreadable. */
  Optional<Duration> parseRetryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0
          ? Optional.empty()
          : Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), when);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
