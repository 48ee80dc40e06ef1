package io.cartomaps.backend.cloud;

import java.util.Locale;

/**
 * Maps warehouse column types (STRING, INT64, GEOGRAPHY, VARCHAR(256), …) to CARTO's column type
 * names.
 */
final class ColumnTypes {

  private ColumnTypes() {}

  static String carto(String raw) {
    if (raw == null || raw.isBlank()) {
      return "string";
    }
    String t = raw.strip().toLowerCase(Locale.ROOT);
    if (t.contains("geog") || t.contains("geom")) {
      return "geometry";
    }
    if (t.startsWith("timestamp") || t.startsWith("datetime")) {
      return "timestamp";
    }
    if (t.equals("date")) {
      return "date";
    }
    if (t.startsWith("bool")) {
      return "boolean";
    }
    if (t.equals("number")
        || t.contains("int")
        || t.contains("float")
        || t.contains("double")
        || t.contains("numeric")
        || t.contains("decimal")
        || t.equals("real")) {
      return "number";
    }
    if (t.equals("string") || t.contains("char") || t.contains("text")) {
      return "string";
    }
    return t;
  }
}
