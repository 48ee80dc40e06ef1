package io.cartomaps.backend;

import java.util.List;

/**
 * What an agent needs to know about a table before it maps it.
 *
 * @param name fully qualified name
 * @param columns columns with CARTO types
 * @param geoColumn the geometry (or h3/quadbin) column, or null
 * @param geometryType {@code point}, {@code line}, {@code polygon}, {@code h3}, {@code quadbin}, or
 *     null
 * @param rowCount number of rows
 * @param extent {@code [west, south, east, north]} in degrees, or null when there is no geometry
 */
public record TableInfo(
    String name,
    List<Column> columns,
    String geoColumn,
    String geometryType,
    long rowCount,
    double[] extent) {

  public TableInfo {
    columns = List.copyOf(columns);
  }
}
