package io.cartomaps.validate.rules;

import java.util.Locale;
import java.util.Set;

/**
 * A dataset's {@code geoColumn}: a plain geometry column, or {@code h3:<col>} / {@code quadbin:<col>}. The column
 * after the prefix is either a pre-computed index ({@code h3:h3}) or a geometry that is binned on the fly
 * ({@code h3:geom}, "dynamic binning"); a column named like an index counts as pre-computed.
 */
record GeoColumn(Kind kind, String column) {

  enum Kind { PLAIN, H3, QUADBIN }

  private static final Set<String> H3_PREFIXES = Set.of("h3", "hex", "h3id", "hex_id", "h3hex");

  /** The parsed value, or null when {@code raw} is null. */
  static GeoColumn parse(String raw) {
    if (raw == null) {
      return null;
    }
    int colon = raw.indexOf(':');
    if (colon < 0) {
      return new GeoColumn(Kind.PLAIN, raw);
    }
    String prefix = raw.substring(0, colon).toLowerCase(Locale.ROOT);
    String column = raw.substring(colon + 1);
    if (H3_PREFIXES.contains(prefix)) {
      return new GeoColumn(Kind.H3, column);
    }
    if (prefix.equals("quadbin")) {
      return new GeoColumn(Kind.QUADBIN, column);
    }
    return new GeoColumn(Kind.PLAIN, raw);
  }

  boolean isSpatialIndex() {
    return kind != Kind.PLAIN;
  }

  /** True when the column after the prefix is a geometry to bin, not a pre-computed cell index. */
  boolean isDynamic() {
    if (!isSpatialIndex()) {
      return false;
    }
    String c = column.toLowerCase(Locale.ROOT);
    return !(c.contains("h3") || c.contains("quadbin") || c.contains("hex") || c.contains("cell")
        || c.contains("index"));
  }

  String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
