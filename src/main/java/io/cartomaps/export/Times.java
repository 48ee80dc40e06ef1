package io.cartomaps.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The source's ISO-8601 times as epoch milliseconds; null when absent or unreadable. */
final class Times {

  private Times() {}

  static Long millis(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(iso).toEpochMilli();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  /** Normalised ISO text the destination casts to a timestamp, or null. */
  static String iso(String text) {
    Long ms = millis(text);
    return ms == null ? null : Instant.ofEpochMilli(ms).toString();
  }
}
