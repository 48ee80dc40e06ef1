package io.cartomaps.validate.rules;

import io.cartomaps.bundle.GeoColumn;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One element of {@code datasets[]} with the fields rules keep asking for, read once.
 *
 * @param index position in {@code datasets[]}
 * @param node the dataset object (any JSON type when the bundle is malformed)
 * @param ref its {@code $ref} name, or null
 * @param id its {@code id}, or null
 * @param type {@code table}, {@code query}, {@code tileset}, {@code raster} … as written, or null
 * @param geoColumn its parsed {@code geoColumn}, or null
 */
record DatasetEntry(
    int index, JsonNode node, String ref, String id, String type, GeoColumn geoColumn) {

  String path() {
    return Pointer.of(Pointer.DATASETS, index);
  }

  String path(Object... segments) {
    return Pointer.of(path(), segments);
  }

  /** How the dataset is named in messages: its reference, its id, or its position. */
  String label() {
    if (ref != null) {
      return "$ref:" + ref;
    }
    return id != null ? id : "datasets[" + index + "]";
  }

  boolean isTableOrQuery() {
    return "table".equals(type) || "query".equals(type);
  }

  boolean isTilesetOrRaster() {
    return "tileset".equals(type) || "raster".equals(type);
  }

  /** A table or query whose geometry is binned into h3/quadbin cells on the fly. */
  boolean isDynamicallyBinned() {
    return isTableOrQuery() && geoColumn != null && geoColumn.isDynamic();
  }

  String provider() {
    String p = Nodes.text(node, "providerId");
    return p == null ? null : p.toLowerCase(Locale.ROOT);
  }
}
