package io.cartomaps.backend.local.data;

import java.util.Locale;
import java.util.Set;

/**
 * A dataset's {@code geoColumn}: a plain column ({@code geom}), or a spatial-index spec {@code h3:<col>} /
 * {@code quadbin:<col>}. Whether a spec means a pre-indexed cell column or dynamic binning of a geometry depends on
 * the column's type, which only the source can tell.
 */
record GeoColumn(String column, Index index) {

  enum Index { NONE, H3, QUADBIN }

  /** Prefixes CARTO's clients read as H3 (api-client's list). */
  private static final Set<String> H3_PREFIXES = Set.of("h3", "hex", "h3id", "hex_id", "h3hex");

  /** Parses a geoColumn; null stays null (no geometry). */
  static GeoColumn parse(String geoColumn) {
    if (geoColumn == null || geoColumn.isBlank()) {
      return null;
    }
    int colon = geoColumn.indexOf(':');
    if (colon > 0) {
      String prefix = geoColumn.substring(0, colon).toLowerCase(Locale.ROOT);
      String column = geoColumn.substring(colon + 1);
      if (H3_PREFIXES.contains(prefix)) {
        return new GeoColumn(column, Index.H3);
      }
      if (prefix.equals("quadbin")) {
        return new GeoColumn(column, Index.QUADBIN);
      }
    }
    return new GeoColumn(geoColumn, Index.NONE);
  }
}
