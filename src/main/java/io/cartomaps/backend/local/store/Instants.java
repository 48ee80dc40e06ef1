package io.cartomaps.backend.local.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times as the store keeps them (epoch milliseconds) and as the wire shows them (ISO-8601 UTC,
 * milliseconds).
 */
final class Instants {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Instants() {}

  /**
   * {@code 2024-05-01T10:00:00.000Z}: always three fraction digits, unlike {@link
   * Instant#toString()}.
   */
  static String iso(long epochMillis) {
    return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
  }

  /**
   * The time of a new write to a record last written at {@code previous}: now, or one millisecond
   * later than the previous write when the clock has not moved on, so {@code updatedAt} changes on
   * every write.
   */
  static long after(long now, long previous) {
    return Math.max(now, previous + 1);
  }
}
