package io.cartomaps.bundle;

import java.util.Locale;
import java.util.Set;

/**
 * A dataset's {@code geoColumn}: a plain geometry column, or {@code h3:<col>} / {@code
 * quadbin:<col>}. The column after the prefix is either a pre-computed index ({@code h3:h3}) or a
 * geometry that is binned on the fly ({@code h3:geom}, "dynamic binning"); a column named like an
 * index counts as pre-computed. Validation reads it from the bundle, the local data engine from a
 * source request.
 */
public record GeoColumn(Kind kind, String column) {

  /** How the map reads the column: as geometries, or as H3 or quadbin cells. */
  public enum Kind {
    PLAIN,
    H3,
    QUADBIN
  }

  /**
   * The prefixes CARTO's clients read as H3 (the {@code @carto/api-client} list), which are also
   * the column names a table's H3 index is found under. The viewer keeps a copy in {@code
   * web/src/binning.js} ({@code parseGeoColumn}); GeoColumnPrefixesMatchViewerTest fails when the
   * two differ.
   */
  public static final Set<String> H3_PREFIXES = Set.of("h3", "hex", "h3id", "hex_id", "h3hex");

  /** The parsed value, or null when {@code raw} is null. */
  public static GeoColumn parse(String raw) {
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

  /** True when {@code name}, in any case, is one CARTO gives a column of H3 cells. */
  public static boolean isH3ColumnName(String name) {
    return H3_PREFIXES.contains(name.toLowerCase(Locale.ROOT));
  }

  public boolean isSpatialIndex() {
    return kind != Kind.PLAIN;
  }

  /** True when the column after the prefix is a geometry to bin, not a pre-computed cell index. */
  public boolean isDynamic() {
    if (!isSpatialIndex()) {
      return false;
    }
    String c = column.toLowerCase(Locale.ROOT);
    return !(c.contains("h3")
        || c.contains("quadbin")
        || c.contains("hex")
        || c.contains("cell")
        || c.contains("index"));
  }

  /** {@code plain}, {@code h3} or {@code quadbin}, for messages. */
  public String kindName() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
