package io.cartomaps.backend;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the rows of a dataset source as GeoJSON, so the map renderer can draw maps whose data lives
 * on this machine (the local workspace) without a tile server.
 */
public interface FeatureSource {

  /** Most features one call returns; larger limits are capped to this. */
  int MAX_FEATURES = 50_000;

  /**
   * Up to {@code limit} rows of a dataset source as a GeoJSON FeatureCollection (ObjectNode).
   * Geometry comes from {@code geoColumn}; for {@code h3:<col>} / {@code quadbin:<col>} geoColumns
   * naming a pre-indexed cell column, each feature has no geometry, {@code "id"} = the cell id as a
   * string (quadbin: the decimal form of the 64-bit index), and the other columns as properties;
   * for dynamic binning ({@code h3:geom}, {@code quadbin:geom}) return the point features. Only the
   * listed {@code columns} are included as properties (all when empty).
   *
   * <p>{@code limit} must be 1 or more; values above {@link #MAX_FEATURES} are capped to it, so a
   * caller that needs to know whether it saw every row asks for one more than it draws.
   *
   * @throws BackendException NOT_FOUND for an unknown connection, INVALID for a bad source, column
   *     or limit, UNSUPPORTED for tilesets and rasters
   */
  ObjectNode features(
      String connectionId,
      SourceKind kind,
      String source,
      String geoColumn,
      List<String> columns,
      int limit);
}
