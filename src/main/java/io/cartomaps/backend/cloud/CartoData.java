package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data behind a CARTO organisation's maps, read where it lives: the SQL API for probes,
 * descriptions and statistics of tables and queries, the Maps API for instantiating a source the
 * way Builder does. The CARTO counterpart of the local workspace's spatial engine; statements come
 * from {@link WarehouseSql} and {@link SourceStatistics}.
 */
final class CartoData {

  private static final Logger LOG = LoggerFactory.getLogger(CartoData.class);

  /**
   * api-client's default aggregation for spatial-index sources. (source <a
   * href="https://unpkg.com/@carto/api-client@0.5.34/src/fetch-map/source.ts">@carto/api-client
   * fetch-map/source.ts</a>)
   */
  static final String DEFAULT_AGGREGATION_EXP = "1 AS __aggregationValue";

  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;
  private final CartoConnections connections;

  CartoData(CartoEndpoints endpoints, CartoHttpClient http, CartoConnections connections) {
    this.endpoints = endpoints;
    this.http = http;
    this.connections = connections;
  }

  /**
   * Tables and queries: {@code POST /v3/sql/{connection}/query} with a zero-row probe, columns from
   * the answer's {@code schema}. Tilesets and rasters: the Maps API {@code
   * /v3/maps/{connection}/{tileset|raster}}, columns from the TileJSON's {@code
   * vector_layers}/{@code tilestats}. A refusal by CARTO (400/403/404/422) is a failed probe; other
   * failures are thrown.
   */
  SourceProbe probe(String connectionId, SourceKind kind, String source) {
    if (source == null || source.isBlank()) {
      return SourceProbe.failed("the dataset has no source");
    }
    Connection c = connections.byId(connectionId);
    if (kind != SourceKind.query && !WarehouseSql.isTableName(source)) {
      return SourceProbe.failed(
          "'" + abbreviate(source) + "' is not a table name (letters, digits, _ - $ and dots)");
    }
    try {
      if (kind == SourceKind.table || kind == SourceKind.query) {
        JsonNode answer =
            http.send(
                endpoints.sql(
                    c.name(),
                    WarehouseSql.probe(kind, source, c.providerId()),
                    "the " + kind + " source"));
        return SourceProbe.ok(CartoRecords.columns(answer.get("schema")));
      }
      JsonNode tilejson =
          http.send(
              endpoints.mapsSource(
                  c.name(), kind, Map.of("name", source), "the " + kind + " source"));
      return SourceProbe.ok(CartoRecords.tilesetColumns(tilejson));
    } catch (BackendException e) {
      return refusalAsProbe(e);
    }
  }

  /**
   * Instantiates the dataset the way Builder does, {@code GET /v3/maps/{connection}/{type}} with
   * {@code v=3.4}, {@code name}/{@code q}, {@code spatialDataColumn}/{@code spatialDataType} from
   * {@code geoColumn}, {@code columns}, {@code queryParameters} and, for h3/quadbin, {@code
   * aggregationExp} (api-client's default when absent) and {@code aggregationResLevel}. A refusal
   * (e.g. "Invalid columns parameter") is a failed probe, which the service reports as {@code
   * DATASET_WONT_RENDER}.
   */
  SourceProbe probeRender(String connectionId, ObjectNode dataset) {
    SourceKind kind = SourceKind.of(Json.text(dataset, "type"));
    if (kind == null) {
      return SourceProbe.failed("unknown dataset type '" + Json.text(dataset, "type") + "'");
    }
    String source = Json.text(dataset, "source");
    if (source == null || source.isBlank()) {
      return SourceProbe.failed("the dataset has no source");
    }
    String connectionName = Json.text(dataset, "connectionName");
    if (connectionName == null) {
      connectionName = connections.byId(connectionId).name();
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put(kind == SourceKind.query ? "q" : "name", source);
    if (kind == SourceKind.table || kind == SourceKind.query) {
      spatialParams(dataset, params);
      JsonNode columns = dataset.get("columns");
      if (columns != null && columns.isArray() && !columns.isEmpty()) {
        List<String> names = new ArrayList<>();
        columns.forEach(col -> names.add(col.isString() ? col.asString() : Json.compact(col)));
        params.put("columns", String.join(",", names));
      }
      JsonNode qp = dataset.get("queryParameters");
      if (kind == SourceKind.query && qp != null && !qp.isNull() && !qp.isEmpty()) {
        params.put("queryParameters", Json.compact(qp));
      }
    }
    try {
      JsonNode answer =
          http.send(endpoints.mapsSource(connectionName, kind, params, "the dataset"));
      JsonNode schema = answer.get("schema");
      return SourceProbe.ok(
          schema != null ? CartoRecords.columns(schema) : CartoRecords.tilesetColumns(answer));
    } catch (BackendException e) {
      return refusalAsProbe(e);
    }
  }

  private static void spatialParams(ObjectNode dataset, Map<String, String> params) {
    String geo = Json.text(dataset, "geoColumn");
    if (geo == null) {
      return;
    }
    String type = "geo";
    String column = geo;
    int colon = geo.indexOf(':');
    if (colon > 0) {
      type = geo.substring(0, colon).toLowerCase(Locale.ROOT);
      column = geo.substring(colon + 1);
    }
    params.put("spatialDataColumn", column);
    params.put("spatialDataType", type);
    if (type.equals("h3") || type.equals("quadbin")) {
      String exp = Json.text(dataset, "aggregationExp");
      params.put("aggregationExp", exp == null || exp.isBlank() ? DEFAULT_AGGREGATION_EXP : exp);
      JsonNode res = dataset.get("aggregationResLevel");
      if (res != null && res.isNumber()) {
        params.put("aggregationResLevel", Integer.toString(res.asInt()));
      }
    }
  }

  private static SourceProbe refusalAsProbe(BackendException e) {
    return switch (e.kind()) {
      case INVALID, NOT_FOUND, FORBIDDEN -> SourceProbe.failed(e.getMessage());
      default -> throw e;
    };
  }

  /**
   * Statistics through the SQL API: see {@link SourceStatistics}. A source CARTO refuses is an
   * INVALID failure.
   */
  DataProfile profile(String connectionId, SourceKind kind, String source) {
    if (kind != SourceKind.table && kind != SourceKind.query) {
      throw new BackendException(
          Kind.UNSUPPORTED, "Statistics are computed for tables and queries, not " + kind + "s.");
    }
    SourceProbe probe = probe(connectionId, kind, source);
    if (!probe.ok()) {
      throw new BackendException(Kind.INVALID, "The source cannot be read: " + probe.error());
    }
    Connection c = connections.byId(connectionId);
    return SourceStatistics.profile(
        kind,
        source,
        c.providerId(),
        probe.columns(),
        sql -> http.send(endpoints.sql(c.name(), sql, "statistics of the " + kind + " source")));
  }

  /** A widget's values in the warehouse, one SQL API call: see {@link WarehouseWidgets}. */
  ObjectNode widget(String connectionId, SourceKind kind, String source, WidgetQuery query) {
    Connection c = connections.byId(connectionId);
    return WarehouseWidgets.compute(
        c,
        kind,
        source,
        query,
        sql ->
            http.send(
                endpoints.sql(
                    c.name(),
                    sql,
                    "values of a " + query.kind().name().toLowerCase(Locale.ROOT) + " widget")));
  }

  /**
   * Extent of a query's geometry where the provider has the functions (one SQL API call); else
   * null.
   */
  double[] extent(String connectionId, SourceKind kind, String source, String geoColumn) {
    if (geoColumn == null
        || !WarehouseSql.isIdentifier(geoColumn)
        || (kind != SourceKind.query && !WarehouseSql.isTableName(source))) {
      return null;
    }
    Connection c = connections.byId(connectionId);
    try {
      JsonNode answer =
          http.send(
              endpoints.sql(
                  c.name(),
                  WarehouseSql.statsFrom(
                      SourceStatistics.from(kind, source, c.providerId()),
                      c.providerId(),
                      geoColumn),
                  "extent of the source"));
      var items = CartoRecords.items(answer);
      return items == null || items.isEmpty() ? null : CartoRecords.extent(items.get(0));
    } catch (BackendException e) {
      LOG.warn("extent of a {} source is unavailable: {}", kind, e.getMessage());
      return null;
    }
  }

  /**
   * Columns and geometry column from {@code GET {ws}/connections/{id}/resources/{table}} ({@code
   * schema}, {@code geomField}); row count, extent and geometry type from one SQL statement where
   * the provider has the functions (BigQuery, Postgres, Snowflake), else row count only. {@code
   * rowCount} is -1 when the statement fails, {@code extent} null when unknown.
   */
  TableInfo describe(String connectionId, String table) {
    if (!WarehouseSql.isTableName(table)) {
      throw new BackendException(
          Kind.INVALID,
          "'"
              + abbreviate(table)
              + "' is not a table name: use project.dataset.table (letters, digits, _ - $)");
    }
    Connection c = connections.byId(connectionId);
    JsonNode info = http.send(endpoints.resources(connectionId, table));
    List<Column> columns = CartoRecords.columns(info.get("schema"));
    String geo = Json.text(info, "geomField");
    if (geo == null) {
      geo =
          columns.stream()
              .filter(col -> col.type().equals("geometry"))
              .map(Column::name)
              .findFirst()
              .orElse(null);
    }
    String geometryType = null;
    if (geo == null) {
      geo =
          columns.stream()
              .map(Column::name)
              .filter(n -> n.equalsIgnoreCase("h3") || n.equalsIgnoreCase("quadbin"))
              .findFirst()
              .orElse(null);
      geometryType = geo == null ? null : geo.toLowerCase(Locale.ROOT);
    }
    long rows = -1;
    double[] extent = null;
    String spatial = geometryType == null ? geo : null;
    try {
      JsonNode answer =
          http.send(
              endpoints.sql(
                  c.name(),
                  WarehouseSql.stats(table, c.providerId(), spatial),
                  "statistics of " + table));
      ArrayNode items = CartoRecords.items(answer);
      JsonNode row = items == null || items.isEmpty() ? null : items.get(0);
      if (row != null) {
        rows = row.path("row_count").asLong(-1);
        extent = CartoRecords.extent(row);
        if (geometryType == null) {
          geometryType = CartoRecords.geometryType(Json.text(row, "geom_type"));
        }
      }
    } catch (BackendException e) {
      if (e.kind() == Kind.UNAUTHORIZED) {
        throw e;
      }
      LOG.warn("statistics of {} are unavailable: {}", table, e.getMessage());
    }
    return new TableInfo(table, columns, geo, geometryType, rows, extent);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
