package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.FeatureSource;
import io.cartomaps.bundle.GeoColumn;
import io.cartomaps.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a source's rows as a GeoJSON FeatureCollection for the renderer (see {@link
 * FeatureSource}).
 */
final class FeatureReader {

  /** How the rows become features, decided from the geoColumn spec and the column's type. */
  private enum Mode {
    NO_GEOMETRY,
    GEOMETRY,
    CELL
  }

  private FeatureReader() {}

  static ObjectNode read(
      Connection c, SourceSql source, String geoColumnSpec, List<String> wanted, int limit)
      throws SQLException {
    if (limit < 1) {
      throw invalid("limit must be 1 or more; got " + limit + ".");
    }
    int rows = Math.min(limit, FeatureSource.MAX_FEATURES);
    List<SourceColumn> columns = source.columns(c);
    GeoColumn geo =
        geoColumnSpec == null || geoColumnSpec.isBlank() ? null : GeoColumn.parse(geoColumnSpec);
    SourceColumn geoColumn =
        geo == null
            ? null
            : find(columns, geo.column())
                .orElseThrow(
                    () ->
                        invalid(
                            "geoColumn '"
                                + geoColumnSpec
                                + "' names a column the source does not return; "
                                + "it returns "
                                + names(columns)
                                + "."));
    Mode mode = mode(geo, geoColumn, geoColumnSpec);
    List<SourceColumn> properties = properties(columns, wanted, geoColumn);

    List<String> select = new ArrayList<>();
    properties.forEach(p -> select.add("q." + SqlNames.quote(p.name())));
    if (mode == Mode.GEOMETRY) {
      select.add("ST_AsGeoJSON(q." + SqlNames.quote(geoColumn.name()) + ")");
    } else if (mode == Mode.CELL) {
      select.add("CAST(q." + SqlNames.quote(geoColumn.name()) + " AS VARCHAR)");
    }
    if (select.isEmpty()) {
      select.add("1");
    }
    String sql =
        "SELECT " + String.join(", ", select) + " FROM " + source.fromItem() + " LIMIT " + rows;
    source.guard(c, sql);
    ArrayNode features = Json.array();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setQueryTimeout(SourceSql.QUERY_TIMEOUT_SECONDS);
      ps.setMaxRows(rows);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          features.add(feature(rs, properties, mode));
        }
      }
    }
    ObjectNode collection = Json.object();
    collection.put("type", "FeatureCollection");
    collection.set("features", features);
    return collection;
  }

  private static Mode mode(GeoColumn geo, SourceColumn column, String spec) {
    if (geo == null) {
      return Mode.NO_GEOMETRY;
    }
    if (column.isGeometry()) {
      // A plain geometry column, or dynamic binning (h3:geom / quadbin:geom): the renderer bins the
      // points.
      return Mode.GEOMETRY;
    }
    if (!geo.isSpatialIndex()) {
      throw invalid(
          "geoColumn '"
              + spec
              + "' is a "
              + column.cartoType()
              + " column, not a geometry; use h3:"
              + column.name()
              + " or quadbin:"
              + column.name()
              + " if it holds spatial-index cells.");
    }
    return Mode.CELL;
  }

  private static List<SourceColumn> properties(
      List<SourceColumn> columns, List<String> wanted, SourceColumn geoColumn) {
    List<SourceColumn> chosen = new ArrayList<>();
    if (wanted == null || wanted.isEmpty()) {
      chosen.addAll(columns);
    } else {
      List<String> missing = new ArrayList<>();
      for (String name : wanted) {
        find(columns, name)
            .ifPresentOrElse(
                c -> {
                  if (!chosen.contains(c)) {
                    chosen.add(c);
                  }
                },
                () -> missing.add(name));
      }
      if (!missing.isEmpty()) {
        throw invalid(
            "columns "
                + String.join(", ", missing)
                + " are not returned by the source; it returns "
                + names(columns)
                + ".");
      }
    }
    // Geometries travel as the feature geometry, never as properties.
    chosen.removeIf(c -> c.equals(geoColumn) || c.isGeometry());
    return chosen;
  }

  private static ObjectNode feature(ResultSet rs, List<SourceColumn> properties, Mode mode)
      throws SQLException {
    ObjectNode feature = Json.object();
    feature.put("type", "Feature");
    int last = properties.size() + 1;
    if (mode == Mode.CELL) {
      feature.put("id", rs.getString(last));
      feature.putNull("geometry");
    } else if (mode == Mode.GEOMETRY) {
      String geometry = rs.getString(last);
      if (geometry == null) {
        feature.putNull("geometry");
      } else {
        feature.set("geometry", Json.parse(geometry));
      }
    } else {
      feature.putNull("geometry");
    }
    ObjectNode props = feature.putObject("properties");
    for (int i = 0; i < properties.size(); i++) {
      put(props, properties.get(i).name(), rs.getObject(i + 1));
    }
    return feature;
  }

  private static void put(ObjectNode props, String name, Object value) {
    if (value == null) {
      props.putNull(name);
    } else if (value instanceof Boolean b) {
      props.put(name, b);
    } else if (value instanceof Long l) {
      props.put(name, l);
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      props.put(name, ((Number) value).intValue());
    } else if (value instanceof Double || value instanceof Float) {
      props.put(name, ((Number) value).doubleValue());
    } else if (value instanceof BigDecimal d) {
      props.put(name, d);
    } else if (value instanceof BigInteger i) {
      props.put(name, i);
    } else {
      props.put(name, value.toString());
    }
  }

  static Optional<SourceColumn> find(List<SourceColumn> columns, String name) {
    Optional<SourceColumn> exact = columns.stream().filter(c -> c.name().equals(name)).findFirst();
    return exact.isPresent()
        ? exact
        : columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }

  private static String names(List<SourceColumn> columns) {
    return String.join(", ", columns.stream().map(SourceColumn::name).toList());
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
