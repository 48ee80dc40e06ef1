package io.cartomaps.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The source's ISO-8601 times as epoch milliseconds; null when absent or unreadable. */
final class Times {

  /** {@code 2024-05-01T10:00:00.000Z}: the form both the local store and CARTO write. */
  private static final int MILLIS_FORM_LENGTH = 24;

  private Times() {}

  static Long millis(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    Long quick = millisForm(iso);
    return quick != null ? quick : byFormatter(iso);
  }

  /** What the formatters make of a text: any ISO instant or offset date-time, else null. */
  static Long byFormatter(String iso) {
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

  /**
   * The common form read without a formatter (every map has several times); null for any other
   * text, which the formatters then read.
   */
  private static Long millisForm(String s) {
    if (s.length() != MILLIS_FORM_LENGTH
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(19) != '.'
        || s.charAt(23) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    int milli = digits(s, 20, 23);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59
        || milli < 0) {
      return null;
    }
    long days;
    try {
      days = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return ((days * 24 + hour) * 60 + minute) * 60_000L + second * 1000L + milli;
  }

  /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The instant of epoch milliseconds, or null; written as a timestamp. */
  static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}
